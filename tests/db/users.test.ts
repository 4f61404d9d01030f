import { randomUUID } from "node:crypto";
import { scopeFor } from "@/lib/auth/scope";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { roles } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { foldForSearch } from "@/lib/text/normalize";
import { changeOwnPassword, createUser, resetUserPassword, setUserStatus, updateUser } from "@/lib/users/mutations";
import { createUserSchema } from "@/lib/users/schema";
import { createAgency } from "@/tests/factories/agencies";
import { createSession, liveSessionsOf } from "@/tests/factories/sessions";
import { actorOf, createActor, createUser as makeUser, factoryPassword } from "@/tests/factories/users";
import { uniqueEmail } from "@/tests/factories/unique";
import { auditRowsFor, auditRowsForEmail } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";

const ip = "198.51.100.4";
let admin: Actor;

beforeAll(async () => {
  admin = (await createActor("DOST_ADMIN")).actor;
});

const userTarget = (id: string) => ({ type: "user", id });

describe("createUser", () => {
  it("creates the account with a temporary password and a user.created audit row", async () => {
    const agency = await createAgency();
    const email = uniqueEmail("officer");
    const input = createUserSchema.parse({
      name: "  Phạm Thị  Hồ Sơ ".normalize("NFD"),
      email: email.toUpperCase(),
      role: "AGENCY_OFFICER",
      agencyId: agency.id,
    });
    const result = await createUser(input, { scope: scopeFor(admin), ip });

    expect(result.email).toBe(email);
    const user = await db.user.findUniqueOrThrow({ where: { id: result.id } });
    expect(user).toMatchObject({
      email,
      name: "Phạm Thị Hồ Sơ",
      searchName: "pham thi ho so",
      role: "AGENCY_OFFICER",
      agencyId: agency.id,
      mustChangePassword: true,
      status: "ACTIVE",
    });
    expect(user.searchName).toBe(foldForSearch(user.name));
    expect(await verifyPassword(user.passwordHash, result.temporaryPassword)).toBe(true);
    expect(result.temporaryPassword).toMatch(/^[A-Za-z][2-9][A-Za-z2-9]{10}$/);

    const rows = await auditRowsFor(userTarget(user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      type: "user.created",
      actorId: admin.id,
      ip,
      data: { email, role: "AGENCY_OFFICER", agencyId: agency.id },
    });
  });

  it("refuses a duplicate e-mail as a field error, writing neither user nor audit row", async () => {
    const existing = await makeUser();
    const error = await appError(
      createUser(createUserSchema.parse({ name: "Trùng", email: existing.email, role: "DOST_INSPECTOR" }), {
        scope: scopeFor(admin),
        ip,
      }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ email: ["users.emailTaken"] });
    expect(await auditRowsForEmail("user.created", existing.email)).toEqual([]);
    expect((await db.user.findUniqueOrThrow({ where: { email: existing.email } })).id).toBe(existing.id);
  });

  it.each(roles.filter((r) => r !== "DOST_ADMIN"))("refuses %s as FORBIDDEN and writes nothing", async (role) => {
    const { actor } = await createActor(role);
    const email = uniqueEmail("forbidden");
    const error = await appError(
      createUser(createUserSchema.parse({ name: "Không được", email, role: "DOST_ADMIN" }), {
        scope: scopeFor(actor),
        ip,
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await auditRowsForEmail("user.created", email)).toEqual([]);
  });

  it("refuses a unit that does not exist, on agencyId, and writes nothing", async () => {
    const email = uniqueEmail("no-unit");
    const input = createUserSchema.parse({
      name: "Không có đơn vị",
      email,
      role: "AGENCY_OFFICER",
      agencyId: randomUUID(),
    });
    const error = await appError(createUser(input, { scope: scopeFor(admin), ip }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ agencyId: ["users.agencyNotFound"] });
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await auditRowsForEmail("user.created", email)).toEqual([]);
  });
});

describe("setUserStatus", () => {
  it("disabling revokes sessions, is audited once and is idempotent", async () => {
    const before = await makeUser();
    await Promise.all([createSession(before.id), createSession(before.id)]);
    expect(await setUserStatus({ id: before.id, status: "DISABLED" }, { scope: scopeFor(admin), ip })).toEqual({
      id: before.id,
      changed: true,
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.status).toBe("DISABLED");
    expect(await liveSessionsOf(before.id)).toEqual([]);

    expect(await setUserStatus({ id: before.id, status: "DISABLED" }, { scope: scopeFor(admin), ip })).toEqual({
      id: before.id,
      changed: false,
    });
    const rows = await auditRowsFor(userTarget(before.id));
    expect(rows.map((r) => r.type)).toEqual(["user.disabled"]);
    expect(rows[0]).toMatchObject({ actorId: admin.id, ip, data: { sessions: 2 } });

    expect(await setUserStatus({ id: before.id, status: "ACTIVE" }, { scope: scopeFor(admin), ip })).toEqual({
      id: before.id,
      changed: true,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: before.id } })).status).toBe("ACTIVE");
    expect((await auditRowsFor(userTarget(before.id))).map((r) => r.type)).toEqual(["user.disabled", "user.enabled"]);
  });

  it("an administrator cannot disable their own account", async () => {
    const { actor } = await createActor("DOST_ADMIN");
    const error = await appError(setUserStatus({ id: actor.id, status: "DISABLED" }, { scope: scopeFor(actor), ip }));
    expect(error).toMatchObject({ code: "FORBIDDEN", messageKey: "users.cannotDisableSelf" });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id } })).status).toBe("ACTIVE");
    expect(await auditRowsFor(userTarget(actor.id))).toEqual([]);
  });

  it("answers NOT_FOUND for an unknown user", async () => {
    expect(
      (await appError(setUserStatus({ id: randomUUID(), status: "DISABLED" }, { scope: scopeFor(admin), ip }))).code,
    ).toBe("NOT_FOUND");
  });

  it("refuses a non-administrator", async () => {
    const { actor } = await createActor("DOST_INSPECTOR");
    const target = await makeUser();
    expect(
      (await appError(setUserStatus({ id: target.id, status: "DISABLED" }, { scope: scopeFor(actor), ip }))).code,
    ).toBe("FORBIDDEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).status).toBe("ACTIVE");
  });
});

describe("updateUser", () => {
  it("records only the fields that changed", async () => {
    const user = await makeUser({ role: "DOST_INSPECTOR", name: "Trần Văn Cũ" });
    await updateUser(
      { id: user.id, name: "Trần Văn Mới", role: "DOST_INSPECTOR", agencyId: null },
      { scope: scopeFor(admin), ip },
    );
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ name: "Trần Văn Mới", searchName: "tran van moi", role: "DOST_INSPECTOR" });
    const rows = await auditRowsFor(userTarget(user.id), "user.updated");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.data).toEqual({ changes: { name: { from: "Trần Văn Cũ", to: "Trần Văn Mới" } } });
  });

  it("records a role and unit change together", async () => {
    const user = await makeUser({ role: "DOST_INSPECTOR" });
    const agency = await createAgency();
    await updateUser(
      { id: user.id, name: user.name, role: "AGENCY_OFFICER", agencyId: agency.id },
      { scope: scopeFor(admin), ip },
    );
    const rows = await auditRowsFor(userTarget(user.id), "user.updated");
    expect(rows.map((r) => r.data)).toEqual([
      { changes: { role: { from: "DOST_INSPECTOR", to: "AGENCY_OFFICER" }, agencyId: { from: null, to: agency.id } } },
    ]);
  });

  it("writes nothing when nothing changed", async () => {
    const user = await makeUser({ role: "DOST_INSPECTOR" });
    const updatedAt = user.updatedAt;
    await updateUser(
      { id: user.id, name: `  ${user.name} `, role: user.role, agencyId: null },
      { scope: scopeFor(admin), ip },
    );
    expect(await auditRowsFor(userTarget(user.id))).toEqual([]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).updatedAt).toEqual(updatedAt);
  });

  it("an administrator cannot change their own role, but may rename themselves", async () => {
    const { user, actor } = await createActor("DOST_ADMIN");
    const error = await appError(
      updateUser(
        { id: user.id, name: user.name, role: "DOST_INSPECTOR", agencyId: null },
        { scope: scopeFor(actor), ip },
      ),
    );
    expect(error).toMatchObject({ code: "FORBIDDEN", messageKey: "users.cannotDemoteSelf" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("DOST_ADMIN");
    await updateUser(
      { id: user.id, name: "Quản trị đổi tên", role: "DOST_ADMIN", agencyId: null },
      { scope: scopeFor(actor), ip },
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Quản trị đổi tên");
  });

  it("refuses a unit that does not exist", async () => {
    const user = await makeUser({ role: "DOST_INSPECTOR" });
    const error = await appError(
      updateUser(
        { id: user.id, name: user.name, role: "AGENCY_OFFICER", agencyId: randomUUID() },
        { scope: scopeFor(admin), ip },
      ),
    );
    expect(error.fieldErrors).toEqual({ agencyId: ["users.agencyNotFound"] });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("DOST_INSPECTOR");
  });
});

describe("resetUserPassword", () => {
  it("sets a temporary password the user must change, revokes sessions and clears the account's sign-in failures", async () => {
    const user = await makeUser();
    await createSession(user.id);
    const keys = [`account:${user.email}`, `pair:${user.email}|198.51.100.1`, `pair:${user.email}|2001:db8::1`];
    const unrelated = `pair:x${user.email}|198.51.100.1`;
    await db.signInThrottle.createMany({
      data: [...keys, unrelated].map((key) => ({ key, failures: 4, lastFailedAt: new Date() })),
    });
    const { temporaryPassword } = await resetUserPassword({ id: user.id }, { scope: scopeFor(admin), ip });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.mustChangePassword).toBe(true);
    expect(await liveSessionsOf(user.id)).toEqual([]);
    expect(await verifyPassword(after.passwordHash, temporaryPassword)).toBe(true);
    expect(await verifyPassword(after.passwordHash, factoryPassword)).toBe(false);
    expect(await db.signInThrottle.count({ where: { key: { in: keys } } })).toBe(0);
    expect(await db.signInThrottle.count({ where: { key: unrelated } })).toBe(1);
    expect((await auditRowsFor(userTarget(user.id))).map((r) => [r.type, r.actorId, r.data])).toEqual([
      ["user.password_reset", admin.id, { sessions: 1 }],
    ]);
  });

  it("refuses a non-administrator and leaves the password alone", async () => {
    const { actor } = await createActor("COMMITTEE_VIEWER");
    const user = await makeUser();
    expect((await appError(resetUserPassword({ id: user.id }, { scope: scopeFor(actor), ip }))).code).toBe("FORBIDDEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
  });
});

describe("changeOwnPassword", () => {
  const newPassword = "Mật khẩu mới 2022";

  it("refuses a wrong current password on currentPassword", async () => {
    const user = await makeUser({ mustChangePassword: true });
    const error = await appError(
      changeOwnPassword(
        { currentPassword: "not it 123", newPassword, confirmPassword: newPassword },
        { scope: scopeFor(actorOf(user)), ip },
      ),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ currentPassword: ["auth.wrongCurrentPassword"] });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(user.passwordHash);
    expect(after.mustChangePassword).toBe(true);
  });

  it("with the right current password sets the new one, clears mustChangePassword, revokes every session and is audited", async () => {
    const user = await makeUser({ mustChangePassword: true });
    await Promise.all([createSession(user.id), createSession(user.id)]);
    await changeOwnPassword(
      { currentPassword: factoryPassword, newPassword, confirmPassword: newPassword },
      { scope: scopeFor(actorOf(user)), ip },
    );
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash, newPassword)).toBe(true);
    expect(await verifyPassword(after.passwordHash, factoryPassword)).toBe(false);
    expect(after.mustChangePassword).toBe(false);
    expect(await liveSessionsOf(user.id)).toEqual([]);
    const rows = await auditRowsFor(userTarget(user.id));
    expect(rows.map((r) => [r.type, r.actorId, r.ip, r.data])).toEqual([
      ["auth.password_changed", user.id, ip, { sessions: 2 }],
    ]);
  });
});
