import { describe, expect, it } from "vitest";
import { roles } from "@/lib/auth/roles";
import { canManageUser, userActions, userVisibility } from "@/lib/users/policy";

const actorId = "00000000-0000-4000-8000-000000000001";
const otherId = "00000000-0000-4000-8000-000000000002";

describe("canManageUser: role × action", () => {
  const table = roles.flatMap((role) =>
    userActions.map((action) => ({ role, action, allowed: role === "DOST_ADMIN" })),
  );

  it("covers every role and every action", () => {
    expect(table).toHaveLength(roles.length * userActions.length);
  });

  it.each(table)("$role may $action another user: $allowed", ({ role, action, allowed }) => {
    expect(canManageUser({ id: actorId, role }, action, { id: otherId })).toBe(allowed);
    expect(canManageUser({ id: actorId, role }, action)).toBe(allowed);
  });
});

describe("canManageUser: the administrator acting on their own account", () => {
  const self = { id: actorId };
  const admin = { id: actorId, role: "DOST_ADMIN" as const };
  const expected: Record<(typeof userActions)[number], boolean> = {
    list: true,
    read: true,
    create: true,
    update: true,
    changeRole: false,
    disable: false,
    enable: true,
    resetPassword: true,
    signOutEverywhere: true,
  };

  it.each(userActions.map((action) => ({ action, allowed: expected[action] })))(
    "$action on self: $allowed",
    ({ action, allowed }) => {
      expect(canManageUser(admin, action, self)).toBe(allowed);
    },
  );

  it("non-admins may not act on themselves either", () => {
    for (const role of roles.filter((r) => r !== "DOST_ADMIN")) {
      for (const action of userActions) expect(canManageUser({ id: actorId, role }, action, self)).toBe(false);
    }
  });
});

describe("userVisibility: the accounts a mutation may load", () => {
  it("is every account for an administrator", () => {
    expect(userVisibility({ id: actorId, role: "DOST_ADMIN" })).toEqual({});
  });

  it.each(roles.filter((r) => r !== "DOST_ADMIN"))("is only one's own account for %s", (role) => {
    expect(userVisibility({ id: actorId, role })).toEqual({ id: actorId });
  });
});
