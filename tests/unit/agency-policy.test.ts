import { describe, expect, it } from "vitest";
import { agencyActions, canAgency, type AgencyAction } from "@/lib/agencies/policy";
import { roles, type Role } from "@/lib/auth/roles";

const ownId = "11111111-1111-4111-8111-111111111111";
const otherId = "22222222-2222-4222-8222-222222222222";

/** What each role may do to a unit other than their own (officers: their own unit is checked below). */
const expected: Record<Role, Record<AgencyAction, boolean>> = {
  DOST_ADMIN: { list: true, read: true, export: true, update: true, import: true, reorganise: true },
  DOST_INSPECTOR: { list: true, read: true, export: true, update: false, import: false, reorganise: false },
  PARTNER_INSPECTOR: { list: true, read: true, export: true, update: false, import: false, reorganise: false },
  COMMITTEE_VIEWER: { list: true, read: true, export: true, update: false, import: false, reorganise: false },
  AGENCY_OFFICER: { list: true, read: false, export: false, update: false, import: false, reorganise: false },
};

describe("canAgency: role × action on another unit", () => {
  const table = roles.flatMap((role) =>
    agencyActions.map((action) => ({ role, action, allowed: expected[role][action] })),
  );

  it("covers every role and every action", () => {
    expect(table).toHaveLength(roles.length * agencyActions.length);
    expect(agencyActions).toEqual(["list", "read", "export", "update", "import", "reorganise"]);
  });

  it.each(table)("$role may $action: $allowed", ({ role, action, allowed }) => {
    const actor = { role, agencyId: ownId };
    const target = action === "list" ? undefined : { id: otherId };
    expect(canAgency(actor, action, target)).toBe(allowed);
  });
});

describe("canAgency: an agency officer", () => {
  const officer = { role: "AGENCY_OFFICER" as const, agencyId: ownId };

  it("reads their own unit and lists (the scope narrows the list to it)", () => {
    expect(canAgency(officer, "read", { id: ownId })).toBe(true);
    expect(canAgency(officer, "list")).toBe(true);
    expect(canAgency(officer, "list", { id: ownId })).toBe(true);
    expect(canAgency(officer, "list", { id: otherId })).toBe(false);
  });

  it("changes nothing, not even their own unit, and exports nothing", () => {
    for (const action of ["update", "import", "reorganise", "export"] as const)
      expect(canAgency(officer, action, { id: ownId }), action).toBe(false);
  });

  it("without a unit reads none", () => {
    expect(canAgency({ role: "AGENCY_OFFICER", agencyId: null }, "read", { id: ownId })).toBe(false);
  });

  it("non-officers read every unit whatever their own", () => {
    for (const role of roles.filter((r) => r !== "AGENCY_OFFICER")) {
      expect(canAgency({ role, agencyId: null }, "read", { id: otherId }), role).toBe(true);
    }
  });
});
