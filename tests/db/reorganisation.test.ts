import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAgencyDetail, listAgencies, summariseRegistry } from "@/lib/agencies/data";
import { previewReorganisation } from "@/lib/agencies/reorganisation/data";
import { applyReorganisation } from "@/lib/agencies/reorganisation/mutations";
import type { AgencyListQuery } from "@/lib/agencies/schema";
import { type Actor, type Scope } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { createDb, db, type Db } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { seed } from "@/prisma/seed/seed";
import { createActor } from "@/tests/factories/users";
import { createFreshDatabase, type FreshDb } from "@/tests/support/fresh-db";
import { appError } from "@/tests/support/errors";

/**
 * The 2025 reorganisation ends every seeded district and commune, so it runs on a database of its own:
 * the app's `db` points at it for this file only (files run one at a time in a worker) and comes back after.
 */
const holder = globalThis as unknown as { __qmsDb?: Db };
const key = "an-giang-2025";
const ip = "198.51.100.11";
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const oldEnd = utc(2025, 6, 30);
const newStart = utc(2025, 7, 1);

let fresh: FreshDb;
let client: Db;
let previous: Db | undefined;
let admin: Actor;
let adminScope: Scope;

beforeAll(async () => {
  fresh = await createFreshDatabase();
  await migrate({ connectionString: fresh.url });
  await seed(fresh.url, { demo: false });
  previous = holder.__qmsDb;
  client = createDb(fresh.url, 2);
  holder.__qmsDb = client;
  admin = (await createActor("DOST_ADMIN")).actor;
  adminScope = scopeFor(admin);
});

afterAll(async () => {
  holder.__qmsDb = previous;
  await client?.$disconnect().catch(() => {});
  await fresh?.drop();
});

const list = (query: Partial<AgencyListQuery>) => listAgencies(adminScope, { page: 1, ...query });
const oldUnit = (code: string) => db.agency.findFirstOrThrow({ where: { code, validFrom: utc(2000, 1, 1) } });
const newUnit = (code: string) => db.agency.findFirstOrThrow({ where: { code, validFrom: newStart } });

// The tests below run in order: first the registry of 2021, then the reorganisation, then what it left.
describe("the An Giang 2025 reorganisation", () => {
  it("is its own database, seeded with the 2021 registry", async () => {
    expect(await db.agency.count()).toBe(202);
    expect(await db.reorganisation.count()).toBe(0);
  });

  it("previews 102 new units and 167 ended ones, every one of them in the registry", async () => {
    const preview = await previewReorganisation(adminScope, key);
    expect(preview).not.toBeNull();
    expect(preview!).toMatchObject({ applied: null, missing: [], endedCount: 167 });
    expect(preview!.rows).toHaveLength(102);
    expect(preview!.set).toMatchObject({ key, effectiveDate: "2025-07-01" });

    const longXuyen = preview!.rows.find((r) => r.code === "30307")!;
    expect(longXuyen).toMatchObject({
      name: "UBND Phường Long Xuyên",
      shortName: "Long Xuyên",
      kindCode: "ubnd_xa",
      unitType: "phuong",
    });
    expect(longXuyen.predecessors).toHaveLength(7);
    expect(longXuyen.predecessors).toContainEqual({ code: "30307", name: "UBND Phường Mỹ Hòa", kind: "MERGE" });
    expect(longXuyen.predecessors.every((p) => p.kind === "MERGE")).toBe(true);
    // Phường Châu Đốc takes part of the divided Xã Vĩnh Châu (30334), which also went to Phường Vĩnh Tế
    expect(preview!.rows.find((r) => r.code === "30316")!.predecessors).toContainEqual(
      expect.objectContaining({ code: "30334", kind: "SPLIT" }),
    );
    expect(preview!.rows.filter((r) => r.kindCode === "ubnd_dac_khu")).toHaveLength(3);
    expect(await previewReorganisation(adminScope, "no-such-set")).toBeNull();
    expect(await db.agency.count({ where: { validTo: { not: null } } })).toBe(0);
  });

  it("refuses anyone but the administrator, changing nothing", async () => {
    for (const role of ["DOST_INSPECTOR", "COMMITTEE_VIEWER"] as const) {
      const { actor } = await createActor(role);
      expect((await appError(applyReorganisation({ key }, { scope: scopeFor(actor), ip }))).code).toBe("FORBIDDEN");
    }
    expect((await appError(applyReorganisation({ key: "no-such-set" }, { scope: scopeFor(admin), ip }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await db.reorganisation.count()).toBe(0);
    expect(await db.agency.count({ where: { validTo: { not: null } } })).toBe(0);
  });

  it("applies once: 102 units begin on 01/07/2025, 167 end on 30/06/2025, 160 links", async () => {
    expect(await applyReorganisation({ key }, { scope: scopeFor(admin), ip })).toEqual({
      key,
      created: 102,
      ended: 167,
      links: 160,
    });

    const created = await db.agency.findMany({ where: { validFrom: newStart }, include: { kind: true } });
    expect(created).toHaveLength(102);
    expect(
      created.every(
        (a) =>
          a.validTo === null &&
          a.parentId === null &&
          a.standardVersion === "NONE" &&
          a.isoRequirement === "ENCOURAGED",
      ),
    ).toBe(true);
    expect(created.filter((a) => a.kind.code === "ubnd_dac_khu")).toHaveLength(3);
    expect(created.filter((a) => a.kind.code === "ubnd_xa")).toHaveLength(99);

    const ended = await db.agency.findMany({ where: { validTo: { not: null } }, include: { kind: true } });
    expect(ended).toHaveLength(167);
    expect(ended.every((a) => a.validTo!.getTime() === oldEnd.getTime() && a.version === 1)).toBe(true);
    expect(ended.filter((a) => a.kind.code === "ubnd_huyen")).toHaveLength(11);
    expect(ended.filter((a) => a.kind.code === "ubnd_xa")).toHaveLength(156);
    expect(await db.agency.count({ where: { kind: { code: "co_quan_tinh" }, validTo: null } })).toBe(35);

    const links = await db.agencySuccession.groupBy({ by: ["kind"], _count: { _all: true } });
    expect(Object.fromEntries(links.map((l) => [l.kind, l._count._all]))).toEqual({
      MERGE: 152,
      SPLIT: 7,
      CONTINUE: 1,
    });
    const reorganisation = await db.reorganisation.findUniqueOrThrow({ where: { key } });
    expect(reorganisation).toMatchObject({ effectiveDate: newStart, appliedById: admin.id });
    expect(
      await db.agencySuccession.count({ where: { reorganisationId: reorganisation.id, effectiveDate: newStart } }),
    ).toBe(160);
  });

  it("links Phường Long Xuyên (30307) to the 7 units merged into it, the old 30307 among them", async () => {
    const [oldMyHoa, longXuyen] = await Promise.all([oldUnit("30307"), newUnit("30307")]);
    expect(oldMyHoa).toMatchObject({ name: "UBND Phường Mỹ Hòa", validTo: oldEnd });
    expect(longXuyen).toMatchObject({ name: "UBND Phường Long Xuyên", validTo: null });
    const links = await db.agencySuccession.findMany({
      where: { successorId: longXuyen.id },
      include: { predecessor: true },
    });
    expect(links.map((l) => l.predecessor.code).sort()).toEqual([
      "30280",
      "30283",
      "30285",
      "30286",
      "30295",
      "30298",
      "30307",
    ]);
    expect(links.every((l) => l.kind === "MERGE")).toBe(true);
  });

  it("marks a divided unit's links SPLIT and an unchanged one's CONTINUE", async () => {
    const split = await db.agencySuccession.findMany({
      where: { predecessor: { code: "30358" } },
      include: { successor: true },
    });
    expect(split.map((l) => [l.successor.code, l.kind]).sort()).toEqual([
      ["30337", "SPLIT"],
      ["30346", "SPLIT"],
      ["30352", "SPLIT"],
    ]);
    const kept = await db.agencySuccession.findMany({
      where: { predecessor: { code: "30313" } },
      include: { predecessor: true, successor: true },
    });
    expect(kept.map((l) => [l.kind, l.predecessor.name, l.successor.name])).toEqual([
      ["CONTINUE", "UBND Xã Mỹ Hoà Hưng", "UBND Xã Mỹ Hòa Hưng"],
    ]);
  });

  it("audits every ended and every new unit, and the reorganisation", async () => {
    const reorganisation = await db.reorganisation.findUniqueOrThrow({ where: { key } });
    const [updated, created, applied] = await Promise.all([
      db.auditEvent.findMany({
        where: { type: "agency.updated", data: { path: ["reorganisationId"], equals: reorganisation.id } },
      }),
      db.auditEvent.findMany({
        where: { type: "agency.created", data: { path: ["reorganisationId"], equals: reorganisation.id } },
      }),
      db.auditEvent.findMany({ where: { type: "reorganisation.applied" } }),
    ]);
    expect(updated).toHaveLength(167);
    expect(created).toHaveLength(102);
    expect(new Set(updated.map((r) => r.targetId)).size).toBe(167);
    const oldMyHoa = await oldUnit("30307");
    expect(updated.find((r) => r.targetId === oldMyHoa.id)!.data).toEqual({
      changes: { validTo: { from: null, to: "2025-06-30" } },
      reorganisationId: reorganisation.id,
    });
    const longXuyen = await newUnit("30307");
    expect(created.find((r) => r.targetId === longXuyen.id)).toMatchObject({
      actorId: admin.id,
      ip,
      data: { code: "30307", name: "UBND Phường Long Xuyên", reorganisationId: reorganisation.id },
    });
    expect(applied.map((r) => [r.actorId, r.targetType, r.targetId, r.data])).toEqual([
      [admin.id, "reorganisation", reorganisation.id, { key, created: 102, ended: 167, links: 160 }],
    ]);
  });

  it("refuses a second application as CONFLICT and changes nothing", async () => {
    const error = await appError(applyReorganisation({ key }, { scope: scopeFor(admin), ip }));
    expect(error).toMatchObject({ code: "CONFLICT", messageKey: "agencies.reorganisation.alreadyApplied" });
    expect(await db.agency.count()).toBe(202 + 102);
    expect(await db.agencySuccession.count()).toBe(160);
    expect(await db.auditEvent.count({ where: { type: "reorganisation.applied" } })).toBe(1);
    const preview = await previewReorganisation(adminScope, key);
    expect(preview).toMatchObject({ missing: [], applied: { appliedById: admin.id } });
  });

  it("lists the 2021 registry on 01/01/2021 and today's registry by default", async () => {
    const in2021 = await list({ activeOn: "01/01/2021" });
    expect(in2021.total).toBe(202);
    expect(
      (await list({ activeOn: "01/01/2021", q: "my hoa", kind: "ubnd_xa" })).agencies.map((a) => [a.code, a.name]),
    ).toEqual([
      ["30307", "UBND Phường Mỹ Hòa"],
      ["30313", "UBND Xã Mỹ Hoà Hưng"],
    ]);
    expect((await list({ activeOn: "01/01/2021", district: "883" })).total).toBe(14);
    expect((await list({ activeOn: "30/06/2025", kind: "ubnd_huyen" })).total).toBe(11);

    const today = await list({});
    expect(today.total).toBe(35 + 102);
    expect((await list({ kind: "ubnd_huyen" })).total).toBe(0);
    expect((await list({ kind: "ubnd_dac_khu" })).total).toBe(3);
    expect((await list({ q: "my hoa", kind: "ubnd_xa" })).agencies.map((a) => [a.code, a.name])).toEqual([
      ["30313", "UBND Xã Mỹ Hòa Hưng"],
    ]);
    expect((await list({ q: "long xuyen", kind: "ubnd_xa" })).agencies.map((a) => [a.code, a.name])).toEqual([
      ["30307", "UBND Phường Long Xuyên"],
    ]);
    expect((await list({ activeOn: "all", q: "30307" })).total).toBe(2);

    const byKind = Object.fromEntries((await summariseRegistry(adminScope)).map((r) => [r.kind.code, r.total]));
    expect(byKind).toEqual({ co_quan_tinh: 35, ubnd_xa: 99, ubnd_dac_khu: 3 });
  });

  it("shows the old 30307 with its old name and its successor, and the new 30307 with its 7 predecessors", async () => {
    const [old, current] = await Promise.all([oldUnit("30307"), newUnit("30307")]);
    const oldDetail = await getAgencyDetail(adminScope, old.id);
    expect(oldDetail).toMatchObject({
      name: "UBND Phường Mỹ Hòa",
      validTo: oldEnd,
      parent: { code: "883" },
      predecessors: [],
    });
    expect(
      oldDetail!.successors.map((s) => ({
        kind: s.kind,
        code: s.successor.code,
        name: s.successor.name,
        validFrom: s.successor.validFrom,
      })),
    ).toEqual([{ kind: "MERGE", code: "30307", name: "UBND Phường Long Xuyên", validFrom: newStart }]);
    expect(oldDetail!.successors[0]!.reorganisation?.legalBasis).toContain("1654/NQ-UBTVQH15");

    const newDetail = await getAgencyDetail(adminScope, current.id);
    expect(newDetail).toMatchObject({
      name: "UBND Phường Long Xuyên",
      validFrom: newStart,
      validTo: null,
      parent: null,
      successors: [],
    });
    expect(newDetail!.predecessors).toHaveLength(7);
    const mine = newDetail!.predecessors.find((p) => p.predecessor.code === "30307")!;
    expect(mine).toMatchObject({
      kind: "MERGE",
      predecessor: { id: old.id, name: "UBND Phường Mỹ Hòa", validTo: oldEnd },
    });
    expect(newDetail!.predecessors.map((p) => p.predecessor.name)).toContain("UBND Phường Đông Xuyên");
  });

  it("the old district keeps its communes as history", async () => {
    const district = await oldUnit("883");
    const detail = await getAgencyDetail(adminScope, district.id);
    expect(detail).toMatchObject({ name: "UBND Thành phố Long Xuyên", validTo: oldEnd, successors: [] });
    expect(detail!.children).toHaveLength(13);
    expect(detail!.children.every((c) => c.validTo?.getTime() === oldEnd.getTime())).toBe(true);
  });

  it("a restart seeds nothing back", async () => {
    const { counts } = await seed(fresh.url, { demo: false });
    expect(counts.agencies).toBe(0);
    expect(await db.agency.count({ where: { validTo: null, kind: { code: { in: ["ubnd_huyen"] } } } })).toBe(0);
  });
});
