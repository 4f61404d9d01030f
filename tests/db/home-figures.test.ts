import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents, listRecentAuditEvents } from "@/lib/audit/data";
import { type Scope } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { listChecklistOverview, listChecklistTemplates } from "@/lib/checklists/data";
import { db } from "@/lib/db";
import { countUsersByStatus } from "@/lib/users/data";
import { createActor, createUser } from "@/tests/factories/users";

// The home page's figures are plain SQL (a model query costs the server several times the CPU); each must read
// what the model queries it replaced read. Other test files write users, audit rows and templates at the same
// time, so each comparison is of rows both sides saw, or repeated until no write fell between the two reads.

let admin: Scope;
let inspector: Scope;
let officer: Scope;

beforeAll(async () => {
  admin = scopeFor((await createActor("DOST_ADMIN")).actor);
  inspector = scopeFor((await createActor("DOST_INSPECTOR")).actor);
  officer = scopeFor((await createActor("AGENCY_OFFICER")).actor);
});

/** Reads `read` and `direct` until they agree (a concurrent write may fall between them), then returns both. */
async function settled<T>(read: () => Promise<T>, direct: () => Promise<T>) {
  let pair: [T, T] = [await read(), await direct()];
  for (let i = 0; i < 5 && JSON.stringify(pair[0]) !== JSON.stringify(pair[1]); i++) {
    pair = [await read(), await direct()];
  }
  return pair;
}

describe("home page figures in plain SQL", () => {
  it("counts active and disabled accounts as a direct count does", async () => {
    await Promise.all([createUser({ status: "DISABLED" }), createUser({ status: "ACTIVE" })]);
    const [counts, direct] = await settled(
      async () => countUsersByStatus(admin),
      async () => ({
        active: await db.user.count({ where: { status: "ACTIVE" } }),
        disabled: await db.user.count({ where: { status: "DISABLED" } }),
      }),
    );
    expect(counts).toEqual(direct);
    expect(counts!.disabled).toBeGreaterThanOrEqual(1);
  });

  it("lists each checklist version with its number of items, in the templates' order", async () => {
    const [overview, templates] = await Promise.all([
      listChecklistOverview(inspector),
      listChecklistTemplates(inspector),
    ]);
    const common = new Set(overview.map((o) => o.id).filter((id) => templates.some((t) => t.id === id)));
    expect(common.size).toBeGreaterThanOrEqual(3); // the seeded Decision 19, ISO 9001:2015 and 2008 checklists
    expect(overview.filter((o) => common.has(o.id))).toEqual(
      templates
        .filter((t) => common.has(t.id))
        .map((t) => ({ id: t.id, standard: t.standard, version: t.version, items: t._count.items })),
    );
    expect(overview.find((o) => o.standard === "ISO_9001_2015")?.items).toBeGreaterThan(0);
  });

  it("shows the newest audit rows, newest first, with their actors, to the administrator only", async () => {
    const target = await createUser();
    await db.auditEvent.create({
      data: { type: "user.disabled", actorId: admin.actor.id, targetType: "user", targetId: target.id, data: {} },
    });
    await db.auditEvent.create({
      data: { type: "user.enabled", actorId: null, targetType: "user", targetId: target.id },
    });
    const recent = await listRecentAuditEvents(admin, 200);
    const ids = recent.map((e) => BigInt(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    const { events } = await listAuditEvents(admin, { target: { type: "user", id: target.id } });
    expect(events).toHaveLength(2);
    for (const event of events) expect(recent.find((e) => e.id === event.id)).toEqual(event);
    expect(recent.find((e) => e.type === "user.disabled" && e.targetId === target.id)?.actor).toMatchObject({
      id: admin.actor.id,
      name: admin.actor.name,
    });
    expect(recent.find((e) => e.type === "user.enabled" && e.targetId === target.id)?.actor).toBeNull();
    expect(await listRecentAuditEvents(officer, 200)).toEqual([]);
    expect(await listRecentAuditEvents(inspector, 200)).toEqual([]);
  });
});
