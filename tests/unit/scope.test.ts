import { describe, expect, it } from "vitest";
import { agencyIdFilter, type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { roles } from "@/lib/auth/roles";

const agencyId = "11111111-1111-4111-8111-111111111111";
const actor = (role: Actor["role"], agency: string | null = agencyId): Actor => ({
  id: "00000000-0000-4000-8000-000000000001",
  email: "a@example.test",
  name: "A",
  role,
  agencyId: agency,
  mustChangePassword: false,
});

describe("scopeFor", () => {
  it("limits an agency officer to their own unit", () => {
    const scope = scopeFor(actor("AGENCY_OFFICER"));
    expect(scope.agencyIds).toEqual([agencyId]);
    expect(agencyIdFilter(scope)).toEqual({ in: [agencyId] });
  });

  it("gives an officer without a unit nothing at all", () => {
    const scope = scopeFor(actor("AGENCY_OFFICER", null));
    expect(scope.agencyIds).toEqual([]);
    expect(agencyIdFilter(scope)).toEqual({ in: [] });
  });

  it.each(roles.filter((r) => r !== "AGENCY_OFFICER"))("lets %s see every unit, whatever their own", (role) => {
    for (const agency of [agencyId, null]) {
      const scope = scopeFor(actor(role, agency));
      expect(scope.agencyIds).toBe("all");
      expect(agencyIdFilter(scope)).toBeUndefined();
    }
  });

  it("keeps the actor it was made for", () => {
    const a = actor("DOST_INSPECTOR");
    expect(scopeFor(a).actor).toBe(a);
  });

  it("hands out a copy of the officer's ids, not the scope's own array", () => {
    const scope = scopeFor(actor("AGENCY_OFFICER"));
    const filter = agencyIdFilter(scope)!;
    filter.in.push("22222222-2222-4222-8222-222222222222");
    expect(scope.agencyIds).toEqual([agencyId]);
  });
});
