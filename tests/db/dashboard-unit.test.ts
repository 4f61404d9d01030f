import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { unitDashboard } from "@/lib/dashboard/unit/data";
import { readPredecessors } from "@/lib/dashboard/unit/lineage-data";
import { todayInVietnam } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Agency } from "@/lib/generated/prisma/client";
import { createAgency } from "@/tests/factories/agencies";
import { insertInspection } from "@/tests/factories/inspection-rows";
import { insertPlan } from "@/tests/factories/plans";
import { createActor } from "@/tests/factories/users";

/*
 * A small world: communes A and B (in force until 30/06/2025) merged into N on 01/07/2025; O is another unit.
 * Year y1 (standing for 2021): a plan on A, B and O, with the partner on its team; A's dossier review and on-site
 * inspection signed off, B's dossier review in progress, O's signed off. Year y2 (after the merger): a plan on N,
 * its dossier review signed off with an overdue major finding. Years of their own: other files count whole years.
 */
const y1 = 6000 + Math.floor(Math.random() * 800);
const y2 = y1 + 4;
const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

let admin: Actor, committee: Actor, officerN: Actor, officerO: Actor, partner: Actor, outsider: Actor;
let A: Agency, B: Agency, N: Agency, O: Agency;
let aDossier: string, aOnSite: string, bDossier: string, nDossier: string;

const asOf = todayInVietnam();
const dashboardOf = (actor: Actor, agencyId: string, inspectionId?: string) =>
  unitDashboard(scopeFor(actor), { agencyId, asOf, inspectionId });

beforeAll(async () => {
  const actor = (role: Parameters<typeof createActor>[0], agencyId?: string) =>
    createActor(role, agencyId ? { agencyId } : {}).then((a) => a.actor);
  const parent = await createAgency();
  [A, B, O] = await Promise.all([
    createAgency({ parentId: parent.id, validTo: utc(2025, 6, 30) }),
    createAgency({ parentId: parent.id, validTo: utc(2025, 6, 30) }),
    createAgency(),
  ]);
  N = await createAgency({ validFrom: utc(2025, 7, 1) });
  await db.agencySuccession.createMany({
    data: [A, B].map((p) => ({
      predecessorId: p.id,
      successorId: N.id,
      kind: "MERGE" as const,
      effectiveDate: utc(2025, 7, 1),
    })),
  });
  [admin, committee, officerN, officerO, partner, outsider] = await Promise.all([
    actor("DOST_ADMIN"),
    actor("COMMITTEE_VIEWER"),
    actor("AGENCY_OFFICER", N.id),
    actor("AGENCY_OFFICER", O.id),
    actor("PARTNER_INSPECTOR"),
    actor("PARTNER_INSPECTOR"),
  ]);
  const plan1 = await insertPlan({
    createdById: admin.id,
    year: y1,
    status: "COMPLETED",
    targets: [{ agencyId: A.id, onSite: "MANDATORY" }, { agencyId: B.id }, { agencyId: O.id }],
    members: [{ userId: partner.id, role: "MEMBER" }],
  });
  const plan2 = await insertPlan({
    createdById: admin.id,
    year: y2,
    status: "IN_PROGRESS",
    targets: [{ agencyId: N.id }],
  });
  // A draft of y2 on N counts nowhere.
  const draft = await insertPlan({ createdById: admin.id, year: y2, status: "DRAFT", targets: [{ agencyId: N.id }] });
  aDossier = (
    await insertInspection({
      planId: plan1.id,
      agencyId: A.id,
      kind: "DOSSIER",
      overallResult: "CONFORMING",
      items: [
        { code: "QD-01", result: "CONFORM" },
        { code: "QD-02", result: "CONFORM" },
        { code: "QD-03", result: "NOT_APPLICABLE" },
      ],
    })
  ).inspection.id;
  aOnSite = (
    await insertInspection({
      planId: plan1.id,
      agencyId: A.id,
      kind: "ON_SITE",
      overallResult: "CONFORMING_WITH_FINDINGS",
      items: [
        { code: "N-4.1", result: "CONFORM" },
        { code: "N-4.2", result: "MINOR_NC" },
        { code: "N-5.1", result: "RECOMMENDATION" },
        { code: "N-5.2", result: "MAJOR_NC" },
      ],
      findings: [
        { code: "N-4.2", severity: "MINOR", status: "CLOSED" },
        { code: "N-5.1", severity: "RECOMMENDATION" },
        { code: "N-5.2", severity: "MAJOR", dueDate: utc(2999, 1, 1) },
      ],
    })
  ).inspection.id;
  bDossier = (
    await insertInspection({
      planId: plan1.id,
      agencyId: B.id,
      kind: "DOSSIER",
      status: "IN_PROGRESS",
      items: [{ code: "QD-01", result: "MAJOR_NC" }],
      findings: [{ code: "QD-01", severity: "MAJOR" }],
    })
  ).inspection.id;
  await insertInspection({
    planId: plan1.id,
    agencyId: O.id,
    kind: "DOSSIER",
    items: [{ code: "QD-01", result: "CONFORM" }],
  });
  nDossier = (
    await insertInspection({
      planId: plan2.id,
      agencyId: N.id,
      kind: "DOSSIER",
      overallResult: "NOT_CONFORMING",
      items: [
        { code: "QD-01", result: "MAJOR_NC" },
        { code: "QD-02", result: "CONFORM" },
      ],
      findings: [{ code: "QD-01", severity: "MAJOR", dueDate: utc(2020, 1, 1) }],
    })
  ).inspection.id;
  await insertInspection({
    planId: draft.id,
    agencyId: N.id,
    kind: "ON_SITE",
    items: [{ code: "N-4.1", result: "CONFORM" }],
  });
  // The factory signs off in 2051; the dashboard counts up to today.
  await db.inspection.updateMany({
    where: { planId: { in: [plan1.id, plan2.id, draft.id] }, status: "SIGNED_OFF" },
    data: { signedOffAt: yesterday },
  });
});

describe("lineage", () => {
  it("the merged commune's predecessors are the two old communes, with the merger's date", async () => {
    const line = await readPredecessors(N.id);
    expect(line.map((p) => p.agencyId).sort()).toEqual([A.id, B.id].sort());
    for (const p of line)
      expect(p).toMatchObject({ successorId: N.id, kind: "MERGE", depth: 1, effectiveDate: utc(2025, 7, 1) });
    expect(await readPredecessors(A.id)).toEqual([]);
  });
});

describe("the unit's figures equal a direct SQL count", () => {
  it("after the 2025 merger, N shows A's and B's y1 rows under it, then its own y2 row", async () => {
    const dashboard = (await dashboardOf(admin, N.id))!;
    expect(dashboard.predecessors.map((p) => p.name).sort()).toEqual([A.name, B.name].sort());
    expect(dashboard.years.map((y) => y.year)).toEqual([y1, y2]);
    const [first, second] = dashboard.years;
    expect(first!.rows.map((r) => r.agencyId).sort()).toEqual([A.id, B.id].sort());
    expect(first!.rows.every((r) => r.predecessor?.successorId === N.id)).toBe(true);
    expect(second!.rows.map((r) => [r.agencyId, r.predecessor])).toEqual([[N.id, null]]);

    const tally = await db.$queryRaw<{ id: string; conforming: bigint; applicable: bigint }[]>`
      SELECT i.id::text AS id,
             count(*) FILTER (WHERE ii.result IN ('CONFORM', 'RECOMMENDATION')) AS conforming,
             count(*) FILTER (WHERE ii.result IS DISTINCT FROM 'NOT_APPLICABLE') AS applicable
      FROM inspection i JOIN inspection_item ii ON ii."inspectionId" = i.id
      WHERE i."agencyId" IN (${A.id}::uuid, ${N.id}::uuid) AND i.status = 'SIGNED_OFF' GROUP BY i.id`;
    const sql = new Map(
      tally.map((r) => [r.id, { conforming: Number(r.conforming), applicable: Number(r.applicable) }]),
    );
    const rowA = first!.rows.find((r) => r.agencyId === A.id)!;
    expect(rowA.dossier).toMatchObject(sql.get(aDossier)!);
    expect(rowA.onSite).toMatchObject(sql.get(aOnSite)!);
    expect(rowA.dossier).toEqual({ conforming: 2, applicable: 2, conformity: 1 });
    expect(rowA.onSite).toEqual({ conforming: 2, applicable: 4, conformity: 0.5 });
    expect(rowA.result).toBe("CONFORMING_WITH_FINDINGS");
    const ncA = (
      await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM finding f JOIN inspection i ON i.id = f."inspectionId"
      WHERE f."agencyId" = ${A.id}::uuid AND i.status = 'SIGNED_OFF' AND f.severity <> 'RECOMMENDATION'`
    )[0]!.n;
    expect(rowA.nonconformities).toBe(Number(ncA));
    expect(rowA.nonconformities).toBe(2);
    // B's review is still in progress: no score, no result, for anyone.
    expect(first!.rows.find((r) => r.agencyId === B.id)).toMatchObject({
      dossier: null,
      result: null,
      nonconformities: 0,
    });
    expect(second!.rows[0]).toMatchObject({
      dossier: { ...sql.get(nDossier)!, conformity: 0.5 },
      result: "NOT_CONFORMING",
    });
  });

  it("inspections: DOST sees the line's, in progress too; the draft's are not counted", async () => {
    const dashboard = (await dashboardOf(admin, N.id))!;
    const n = (
      await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM inspection i JOIN inspection_plan p ON p.id = i."planId"
      WHERE i."agencyId" IN (${A.id}::uuid, ${B.id}::uuid, ${N.id}::uuid)
        AND p.status IN ('APPROVED', 'IN_PROGRESS', 'COMPLETED')`
    )[0]!.n;
    expect(dashboard.inspections).toHaveLength(Number(n));
    expect(dashboard.inspections.map((i) => i.id).sort()).toEqual([aDossier, aOnSite, bDossier, nDossier].sort());
    expect(dashboard.inspections[0]!.plan.year).toBe(y2);
  });

  it("scores by clause group of the latest signed-off inspection, or the one chosen, each linking to its checklist group", async () => {
    const latest = (await dashboardOf(admin, N.id))!.clauses!;
    expect(latest.inspection.id).toBe(nDossier);
    const chosen = (await dashboardOf(admin, N.id, aOnSite))!.clauses!;
    const byGroup = await db.$queryRaw<{ grp: string; conforming: bigint; applicable: bigint }[]>`
      SELECT c."clauseGroup" AS grp,
             count(*) FILTER (WHERE ii.result IN ('CONFORM', 'RECOMMENDATION')) AS conforming,
             count(*) FILTER (WHERE ii.result IS DISTINCT FROM 'NOT_APPLICABLE') AS applicable
      FROM inspection_item ii JOIN checklist_item c ON c.id = ii."checklistItemId"
      WHERE ii."inspectionId" = ${aOnSite}::uuid GROUP BY c."clauseGroup" ORDER BY 1`;
    expect(chosen.groups.map((g) => [g.group, g.conforming, g.applicable])).toEqual(
      byGroup.map((g) => [g.grp, Number(g.conforming), Number(g.applicable)]),
    );
    for (const g of chosen.groups) expect(g.href).toBe(`/kiem-tra/${aOnSite}#group-ISO_9001_2015-${g.group}`);
    expect(chosen.overall).toMatchObject({ conforming: 2, applicable: 4 });
    // An id that is not one of the unit's inspections is not shown.
    expect((await dashboardOf(admin, O.id, aOnSite))!.clauses).toBeUndefined();
  });

  it("open findings of the line with their due dates, overdue marked; closed ones left out", async () => {
    const dashboard = (await dashboardOf(admin, N.id))!;
    const open = await db.$queryRaw<{ id: string }[]>`
      SELECT f.id::text AS id FROM finding f
      WHERE f."agencyId" IN (${A.id}::uuid, ${B.id}::uuid, ${N.id}::uuid) AND f.status <> 'CLOSED'`;
    expect(dashboard.openFindings.map((f) => f.id).sort()).toEqual(open.map((r) => r.id).sort());
    expect(dashboard.openFindings.filter((f) => f.overdue).map((f) => f.inspection.id)).toEqual([nDossier]);
  });

  it("records completeness per plan of the line's units", async () => {
    const dashboard = (await dashboardOf(admin, N.id))!;
    expect(dashboard.completeness.map((c) => [c.year, c.agencyId]).sort()).toEqual(
      [
        [y1, A.id],
        [y1, B.id],
        [y2, N.id],
      ].sort(),
    );
    expect(dashboard.completeness.every((c) => c.percent === 0 && c.required >= 6)).toBe(true);
  });
});

describe("who sees what", () => {
  it("an officer sees their own unit (its predecessors' scores too), and no other unit", async () => {
    expect(await dashboardOf(officerN, O.id)).toBeNull();
    expect(await dashboardOf(officerN, A.id)).toBeNull();
    expect(await dashboardOf(officerO, N.id)).toBeNull();
    const own = (await dashboardOf(officerN, N.id))!;
    expect(own.unit.id).toBe(N.id);
    expect(own.years.map((y) => y.year)).toEqual([y1, y2]);
    expect(own.years[0]!.rows.find((r) => r.agencyId === A.id)?.onSite?.conformity).toBe(0.5);
    // The inspections and findings an officer may open: their own unit's, signed off.
    expect(own.inspections.map((i) => i.id)).toEqual([nDossier]);
    expect(own.openFindings.every((f) => f.agencyId === N.id)).toBe(true);
    expect(own.completeness.map((c) => c.agencyId)).toEqual([N.id]);
  });

  it("the committee sees every unit, but no inspection in progress", async () => {
    const dashboard = (await dashboardOf(committee, N.id))!;
    expect(dashboard.inspections.map((i) => i.id).sort()).toEqual([aDossier, aOnSite, nDossier].sort());
    expect(dashboard.inspections.some((i) => i.status !== "SIGNED_OFF")).toBe(false);
    expect(dashboard.openFindings.some((f) => f.inspection.id === bDossier)).toBe(false);
    expect(await dashboardOf(committee, O.id)).not.toBeNull();
    expect((await dashboardOf(committee, N.id, bDossier))!.clauses).toBeUndefined();
  });

  it("a partner sees only the units of the plans they are on, through those plans", async () => {
    expect(await dashboardOf(outsider, A.id)).toBeNull();
    expect(await dashboardOf(partner, N.id)).toBeNull();
    const a = (await dashboardOf(partner, A.id))!;
    expect(a.inspections.map((i) => i.id).sort()).toEqual([aDossier, aOnSite].sort());
    const b = (await dashboardOf(partner, B.id))!;
    expect(b.inspections.map((i) => [i.id, i.status])).toEqual([[bDossier, "IN_PROGRESS"]]);
  });

  it("an unknown unit is null for everyone", async () => {
    expect(await dashboardOf(admin, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
