import { beforeAll, describe, expect, it } from "vitest";
import { getAgency, summariseRegistry } from "@/lib/agencies/data";
import { listAuditEvents } from "@/lib/audit/data";
import { type Scope } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { roles } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Agency } from "@/lib/generated/prisma/client";
import { countUsersByStatus, getUser, listUsers } from "@/lib/users/data";
import { createAgency, testKindCode } from "@/tests/factories/agencies";
import { actorOf, createActor, createUser } from "@/tests/factories/users";
import { uniqueToken } from "@/tests/factories/unique";

let own: Agency;
let other: Agency;
let officer: Scope;
let admin: Scope;

beforeAll(async () => {
  [own, other] = await Promise.all([createAgency(), createAgency()]);
  officer = scopeFor((await createActor("AGENCY_OFFICER", { agencyId: own.id })).actor);
  admin = scopeFor((await createActor("DOST_ADMIN")).actor);
});

const seeded = (code: string) => db.agency.findFirstOrThrow({ where: { code, validTo: null } });

describe("agency scope", () => {
  it("an officer reads their own unit and nobody else's", async () => {
    expect((await getAgency(officer, own.id))?.id).toBe(own.id);
    expect(await getAgency(officer, other.id)).toBeNull();
    expect(await getAgency(officer, (await seeded("883")).id)).toBeNull();
  });

  it("an officer without a unit reads none", async () => {
    const lost = scopeFor((await createActor("AGENCY_OFFICER", { agencyId: null })).actor);
    expect(await getAgency(lost, own.id)).toBeNull();
    expect(await summariseRegistry(lost)).toEqual([]);
  });

  it.each(roles.filter((r) => r !== "AGENCY_OFFICER"))("%s reads any unit, with its kind and parent", async (role) => {
    const scope = scopeFor((await createActor(role)).actor);
    expect((await getAgency(scope, other.id))?.id).toBe(other.id);
    const longXuyen = await seeded("883");
    const commune = await db.agency.findFirstOrThrow({ where: { parentId: longXuyen.id } });
    const found = await getAgency(scope, commune.id);
    expect(found?.kind.code).toBe("ubnd_xa");
    expect(found?.parent).toEqual({ id: longXuyen.id, name: longXuyen.name, code: "883" });
  });

  it("an officer's registry summary counts only their unit", async () => {
    const rows = await summariseRegistry(officer);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: { code: testKindCode }, total: 1, encouraged: 1, mandatory: 0 });
  });

  it("the administrator's summary counts the seeded registry by kind", async () => {
    const rows = await summariseRegistry(admin);
    const byKind = Object.fromEntries(rows.map((r) => [r.kind.code, r]));
    // Factory units have a kind of their own, so the seeded kinds' counts are exact.
    expect(byKind.co_quan_tinh).toMatchObject({ total: 35, mandatory: 35, encouraged: 0 });
    expect(byKind.ubnd_huyen).toMatchObject({ total: 11, mandatory: 11, encouraged: 0 });
    expect(byKind.ubnd_xa).toMatchObject({ total: 156, mandatory: 0, encouraged: 156 });
    expect(byKind.ubnd_dac_khu).toBeUndefined();
    expect(rows.map((r) => r.kind.code).slice(0, 3)).toEqual(["co_quan_tinh", "ubnd_huyen", "ubnd_xa"]);
    expect(byKind[testKindCode]?.total).toBeGreaterThanOrEqual(2);
  });
});

describe("user administration scope", () => {
  it("lists and finds users for the administrator, ignoring diacritics", async () => {
    const token = uniqueToken();
    const user = await createUser({ name: `Nguyễn Thị Hoà ${token}` });
    const byName = await listUsers(admin, { q: `Nguyen Thi Hòa ${token}`, page: 1 });
    expect(byName.users.map((u) => u.id)).toEqual([user.id]);
    expect(byName.total).toBe(1);
    const byEmail = await listUsers(admin, { q: user.email.toUpperCase(), page: 1 });
    expect(byEmail.users.map((u) => u.id)).toEqual([user.id]);
    expect((await getUser(admin, user.id))?.email).toBe(user.email);
  });

  it.each(roles.filter((r) => r !== "DOST_ADMIN"))("%s sees no account, no counts and no audit log", async (role) => {
    const me = await createUser({
      role,
      agencyId: role === "AGENCY_OFFICER" || role === "PARTNER_INSPECTOR" ? own.id : null,
    });
    const scope = scopeFor(actorOf(me));
    expect(await listUsers(scope, { page: 1 })).toEqual({ users: [], total: 0, pages: 1 });
    expect(await listUsers(scope, { q: me.email, page: 1 })).toEqual({ users: [], total: 0, pages: 1 });
    expect(await getUser(scope, me.id)).toBeNull();
    expect(await countUsersByStatus(scope)).toBeNull();
    expect(await listAuditEvents(scope, {})).toEqual({ events: [], total: 0, pages: 1 });
  });

  it("the administrator reads the audit log with the actor's name", async () => {
    const target = await createUser();
    await db.auditEvent.create({
      data: { type: "user.enabled", actorId: admin.actor.id, targetType: "user", targetId: target.id, data: {} },
    });
    const { events, total } = await listAuditEvents(admin, { target: { type: "user", id: target.id } });
    expect(total).toBe(1);
    expect(events[0]).toMatchObject({ type: "user.enabled", actor: { id: admin.actor.id, name: admin.actor.name } });
    expect(typeof events[0]!.id).toBe("string");
  });
});
