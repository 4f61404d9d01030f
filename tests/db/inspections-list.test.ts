import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listInspections, listPlanInspections } from "@/lib/inspections/data";
import { inspectionVisibility } from "@/lib/inspections/policy";
import { inspectionListQuerySchema, planInspectionsQuerySchema } from "@/lib/inspections/schema";
import { foldForSearch } from "@/lib/text/normalize";
import { approvedPlanWithInspections, assign, qmsUnit } from "@/tests/factories/inspections";
import { createActor } from "@/tests/factories/users";

/*
 * The /kiem-tra list reads its page in SQL (lib/inspections/list-sql.ts): what each role sees there must be what
 * inspectionVisibility (the policy every other read uses) lets them see, in the list's order, filters included.
 */
let world: Awaited<ReturnType<typeof setup>>;

async function setup() {
  const admin = await createActor("DOST_ADMIN");
  const [lead, partner, outsider, committee] = await Promise.all([
    createActor("DOST_INSPECTOR"),
    createActor("PARTNER_INSPECTOR"),
    createActor("PARTNER_INSPECTOR"),
    createActor("COMMITTEE_VIEWER"),
  ]);
  const units = await Promise.all([qmsUnit(), qmsUnit(), qmsUnit()]);
  const officer = await createActor("AGENCY_OFFICER", { agencyId: units[0]!.id });
  const { plan } = await approvedPlanWithInspections({
    createdById: admin.user.id,
    units: units.map((u) => ({ agencyId: u.id, onSite: "MANDATORY" as const })),
    members: [
      { userId: lead.user.id, role: "LEAD" },
      { userId: partner.user.id, role: "MEMBER" },
    ],
  });
  const inspections = await db.inspection.findMany({ where: { planId: plan.id }, orderBy: { id: "asc" } });
  // One signed-off inspection of each of the first two units, and the partner assigned to the third's.
  for (const unit of units.slice(0, 2)) {
    const first = inspections.find((i) => i.agencyId === unit.id)!;
    await db.inspection.update({ where: { id: first.id }, data: { status: "SIGNED_OFF", signedOffAt: new Date() } });
  }
  await assign(inspections.find((i) => i.agencyId === units[2]!.id)!.id, [partner.user.id]);
  return { plan, units, admin, lead, partner, outsider, committee, officer };
}

beforeAll(async () => {
  world = await setup();
});

/** The page and total through Prisma and the policy's where, in the list's order: the reference. */
async function reference(actor: Actor, where: Prisma.InspectionWhereInput, page = 1) {
  const all: Prisma.InspectionWhereInput = { AND: [inspectionVisibility(actor), where] };
  const [rows, total] = await Promise.all([
    db.inspection.findMany({
      where: all,
      orderBy: [{ plan: { year: "desc" } }, { agency: { sortKey: "asc" } }, { kind: "asc" }, { id: "asc" }],
      skip: (page - 1) * 25,
      take: 25,
      select: { id: true },
    }),
    db.inspection.count({ where: all }),
  ]);
  return { ids: rows.map((r) => r.id), total };
}

async function listed(actor: Actor, raw: Record<string, string>) {
  const result = await listInspections(scopeFor(actor), inspectionListQuerySchema.parse(raw));
  return { ids: result.inspections.map((i) => i.id), total: result.total };
}

describe("listInspections (/kiem-tra) reads what inspectionVisibility allows, in the list's order", () => {
  it("agrees with the policy for every role on one plan, and each sees what their role allows", async () => {
    const { plan, admin, lead, partner, outsider, committee, officer, units } = world;
    const byRole = new Map<string, number>();
    for (const [name, { actor }] of Object.entries({ admin, lead, partner, outsider, committee, officer })) {
      const got = await listed(actor, { plan: plan.id });
      expect(got, name).toEqual(await reference(actor, { planId: plan.id }));
      byRole.set(name, got.total);
    }
    // Three units in both tracks (6); the partner is on the team, the outsider is not; the committee sees the two
    // signed-off ones, the officer their own unit's only.
    expect(Object.fromEntries(byRole)).toEqual({
      admin: 6,
      lead: 6,
      partner: 6,
      outsider: 0,
      committee: 2,
      officer: 1,
    });
    const own = await listed(officer.actor, { plan: plan.id });
    const rows = await db.inspection.findMany({ where: { id: { in: own.ids } }, select: { agencyId: true } });
    expect(rows.map((r) => r.agencyId)).toEqual([units[0]!.id]);
  });

  it("offers as plan filter the plans with an inspection the actor may read, as the policy says, newest first", async () => {
    const { plan, admin, lead, partner, outsider, committee, officer } = world;
    for (const [name, { actor }] of Object.entries({ admin, lead, partner, outsider, committee, officer })) {
      // As /kiem-tra reads them: with the list's count, which stays the list's own.
      const withPlans = await listInspections(scopeFor(actor), inspectionListQuerySchema.parse({ plan: plan.id }), {
        withPlans: true,
      });
      expect(withPlans.total, name).toBe((await listed(actor, { plan: plan.id })).total);
      const { plans } = withPlans;
      // Other files add plans meanwhile: the policy's answer is read after, for the plans listed and this one.
      const expected = await db.inspectionPlan.findMany({
        where: { id: { in: [...plans.map((p) => p.id), plan.id] }, inspections: { some: inspectionVisibility(actor) } },
        select: { id: true, number: true, year: true, version: true },
      });
      expect(new Set(plans.map((p) => p.id)), name).toEqual(new Set(expected.map((p) => p.id)));
      expect(
        plans.some((p) => p.id === plan.id),
        name,
      ).toBe(name !== "outsider");
      expect(
        plans.find((p) => p.id === plan.id),
        name,
      ).toEqual(expected.find((p) => p.id === plan.id));
      const years = plans.map((p) => p.year);
      expect(years, name).toEqual([...years].sort((a, b) => b - a));
    }
  });

  it("filters by form, status, the actor's own assignments and the unit's name without diacritics", async () => {
    const { plan, admin, partner, units } = world;
    const name = foldForSearch(units[1]!.name).split(" ").slice(-1)[0]!; // the unit's unique token
    const cases: [Actor, Record<string, string>, Prisma.InspectionWhereInput, number][] = [
      [admin.actor, { plan: plan.id, kind: "DOSSIER" }, { planId: plan.id, kind: "DOSSIER" }, 3],
      [admin.actor, { plan: plan.id, status: "SIGNED_OFF" }, { planId: plan.id, status: "SIGNED_OFF" }, 2],
      [
        partner.actor,
        { plan: plan.id, mine: "1" },
        { planId: plan.id, assignees: { some: { member: { userId: partner.user.id } } } },
        1,
      ],
      [
        admin.actor,
        { q: `Đơn VỊ thử ${name.toUpperCase()}` },
        { agency: { AND: [{ searchText: { contains: "don" } }, { searchText: { contains: name } }] } },
        2,
      ],
      // LIKE's wildcards in a search behave as in Prisma's `contains` (the other lists' search), which passes them on.
      [admin.actor, { plan: plan.id, q: "%" }, { planId: plan.id, agency: { searchText: { contains: "%" } } }, 6],
    ];
    for (const [actor, raw, where, total] of cases) {
      const got = await listed(actor, raw);
      expect(got, JSON.stringify(raw)).toEqual(await reference(actor, where));
      expect(got.total, JSON.stringify(raw)).toBe(total);
    }
  });

  it("gives each row its unit, plan, assignees and progress counts, and pages in a stable order", async () => {
    const { plan, admin, partner } = world;
    // Two items of one inspection assessed: the row counts them apart from all its items.
    const first = await db.inspection.findFirstOrThrow({ where: { planId: plan.id }, orderBy: { id: "asc" } });
    const assessedIds = (
      await db.inspectionItem.findMany({ where: { inspectionId: first.id }, take: 2, select: { id: true } })
    ).map((i) => i.id);
    await db.inspectionItem.updateMany({ where: { id: { in: assessedIds } }, data: { result: "CONFORM" } });
    const result = await listInspections(scopeFor(admin.actor), inspectionListQuerySchema.parse({ plan: plan.id }));
    expect(result.inspections).toHaveLength(6);
    for (const row of result.inspections) {
      const items = await db.inspectionItem.count({ where: { inspectionId: row.id } });
      expect(row._count.items).toBe(items);
      expect(row._count.findings).toBe(0);
      expect(row.assessed).toBe(row.id === first.id ? assessedIds.length : 0);
      expect(row.plan.id).toBe(plan.id);
    }
    expect(result.inspections.flatMap((r) => r.assignees.map((a) => a.member.user.name))).toEqual([partner.user.name]);
    // The same rows, field for field and typed alike (dates as Date), as the plan's tab reads through Prisma.
    const tab = await listPlanInspections(scopeFor(admin.actor), plan.id, planInspectionsQuerySchema.parse({}));
    expect(result.inspections).toEqual(tab.inspections);
    await db.inspectionItem.updateMany({ where: { id: { in: assessedIds } }, data: { result: null } });
    expect(result.inspections.filter((r) => r.signedOffAt instanceof Date)).toHaveLength(2);
    // Over the whole table, page 2 continues page 1 without overlap.
    const [one, two] = await Promise.all([listed(admin.actor, { page: "1" }), listed(admin.actor, { page: "2" })]);
    expect(one.ids.filter((id) => two.ids.includes(id))).toEqual([]);
    expect(two).toEqual(await reference(admin.actor, {}, 2));
  });
});
