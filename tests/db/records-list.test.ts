import { beforeAll, describe, expect, it } from "vitest";
import type { Actor, Scope } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { listRecords, visibleRecords } from "@/lib/documents/data";
import { recordListQuerySchema, type RecordListQuery } from "@/lib/documents/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { foldForSearch, searchWords } from "@/lib/text/normalize";
import { insertPlan } from "@/tests/factories/plans";
import { createRecordFor, markLatest } from "@/tests/factories/records";
import { createActor } from "@/tests/factories/users";

/**
 * The list as the model query read it before it became SQL (lib/documents/data.ts listRecords): the scope and the
 * role's visibility through visibleRecords (policy.ts), the filters, newest change first.
 */
async function modelList(scope: Scope, query: RecordListQuery) {
  const and: Prisma.QmsRecordWhereInput[] = [];
  for (const token of searchWords(query.q)) and.push({ agency: { searchText: { contains: token } } });
  if (query.category) and.push({ category: query.category });
  if (query.status) and.push({ status: query.status });
  if (query.plan) and.push({ planId: query.plan });
  const where = visibleRecords(scope, { AND: and });
  const [rows, total] = await Promise.all([
    db.qmsRecord.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * 30,
      take: 30,
      select: {
        id: true,
        category: true,
        title: true,
        status: true,
        latestVersion: true,
        updatedAt: true,
        agency: { select: { id: true, name: true } },
        plan: { select: { id: true, number: true, year: true } },
        versions: {
          orderBy: { number: "desc" },
          take: 1,
          select: { periodFrom: true, periodTo: true, effectiveDate: true, createdAt: true },
        },
        events: { where: { comment: { not: null } }, orderBy: { at: "desc" }, take: 1, select: { comment: true } },
      },
    }),
    db.qmsRecord.count({ where }),
  ]);
  const records = rows.map(({ versions, events, ...r }) => ({
    ...r,
    latest: versions[0] ?? null,
    lastComment: events[0]?.comment ?? null,
  }));
  return { records, total, pages: Math.max(1, Math.ceil(total / 30)) };
}

let officer: Actor;
let otherOfficer: Actor;
let partnerOnTeam: Actor;
let everyone: Actor[];
let planId: string;
let unitName: string;
let otherUnitName: string;

beforeAll(async () => {
  const made = await Promise.all(
    (
      [
        "AGENCY_OFFICER",
        "AGENCY_OFFICER",
        "PARTNER_INSPECTOR",
        "PARTNER_INSPECTOR",
        "DOST_ADMIN",
        "DOST_INSPECTOR",
        "COMMITTEE_VIEWER",
      ] as const
    ).map((role) => createActor(role).then((a) => a.actor)),
  );
  [officer, otherOfficer, partnerOnTeam] = made as [Actor, Actor, Actor];
  everyone = made;
  const plan = await insertPlan({
    createdById: made[4]!.id,
    year: 2021,
    status: "APPROVED",
    targets: [{ agencyId: officer.agencyId! }],
    members: [{ userId: partnerOnTeam.id, role: "MEMBER" }],
  });
  planId = plan.id;
  // 33 records of one unit (two pages), some answering the plan, some of another category, some reviewed; and
  // two of another unit.
  for (let i = 0; i < 33; i++) {
    const record = await createRecordFor(officer, {
      title: `Hồ sơ thử ${i}`,
      ...(i % 3 === 0 ? { planId } : {}),
      ...(i % 4 === 0 ? { category: "QUALITY_POLICY" } : {}),
    });
    if (i % 5 === 0) await markLatest(record.id, "ACCEPTED");
    if (i % 7 === 0) {
      await db.recordEvent.create({ data: { recordId: record.id, action: "comment", comment: `Góp ý ${i}` } });
      await db.recordEvent.create({ data: { recordId: record.id, action: "comment", comment: null } });
    }
  }
  for (let i = 0; i < 2; i++) await createRecordFor(otherOfficer, { title: `Hồ sơ đơn vị khác ${i}` });
  const unitOf = async (o: Actor) => (await db.agency.findUniqueOrThrow({ where: { id: o.agencyId! } })).name;
  unitName = await unitOf(officer);
  otherUnitName = await unitOf(otherOfficer);
});

const query = (raw: Record<string, string | undefined>) => recordListQuerySchema.parse(raw);

describe("listRecords (SQL) reads what the model query read", () => {
  it("for every role, under every filter and on both pages of a unit", async () => {
    const queries = [
      { q: unitName },
      { q: foldForSearch(unitName), page: "2" },
      { q: unitName, status: "ACCEPTED" },
      { q: unitName, category: "QUALITY_POLICY" },
      { q: otherUnitName },
      { plan: planId },
      { plan: planId, status: "SUBMITTED", category: "INTERNAL_AUDIT_REPORT" },
    ];
    for (const actor of everyone)
      for (const raw of queries) {
        const scope = scopeFor(actor);
        expect(await listRecords(scope, query(raw)), `${actor.role} ${JSON.stringify(raw)}`).toEqual(
          await modelList(scope, query(raw)),
        );
      }
  });

  it("gives the unit's officer their 33 records over two pages, with versions' dates and last comments", async () => {
    const scope = scopeFor(officer);
    const first = await listRecords(scope, query({}));
    const second = await listRecords(scope, query({ page: "2" }));
    expect(first).toMatchObject({ total: 33, pages: 2 });
    expect(first.records).toHaveLength(30);
    expect(second.records).toHaveLength(3);
    const all = [...first.records, ...second.records];
    expect(new Set(all.map((r) => r.agency.id))).toEqual(new Set([officer.agencyId]));
    expect(all.every((r) => r.latest?.periodFrom instanceof Date)).toBe(true);
    expect(
      all
        .filter((r) => r.lastComment)
        .map((r) => r.lastComment)
        .sort(),
    ).toEqual(["Góp ý 0", "Góp ý 14", "Góp ý 21", "Góp ý 28", "Góp ý 7"].sort());
    expect(all.filter((r) => r.plan?.id === planId)).toHaveLength(11);
  });

  it("gives a partner the records of the units of their plans only, and another unit's officer none", async () => {
    const partner = everyone[3]!;
    expect((await listRecords(scopeFor(partnerOnTeam), query({ q: unitName }))).total).toBe(33);
    expect((await listRecords(scopeFor(partner), query({ q: unitName }))).total).toBe(0);
    expect((await listRecords(scopeFor(otherOfficer), query({ q: unitName }))).total).toBe(0);
    expect((await listRecords(scopeFor(otherOfficer), query({}))).total).toBe(2);
  });
});
