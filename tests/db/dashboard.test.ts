import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { dashboardFigures, dashboardYears } from "@/lib/dashboard/data";
import { todayInVietnam } from "@/lib/dates";
import { db } from "@/lib/db";
import { createAgency } from "@/tests/factories/agencies";
import { insertInspection } from "@/tests/factories/inspection-rows";
import { insertPlan } from "@/tests/factories/plans";
import { createRecordFor, markLatest } from "@/tests/factories/records";
import { createActor } from "@/tests/factories/users";
import { versionBumpOf, whileVersionHolds } from "@/tests/support/data-version";
import { unitCompleteness } from "@/lib/documents";

/** A year of its own: the dashboard counts the whole year. */
const year = 3000 + Math.floor(Math.random() * 900);
const monthAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000);

let admin: Actor;
let committee: Actor;
let officer: Actor;
let partner: Actor;
let partnerOff: Actor;
let planId: string;
let districtId: string;
let communeId: string;
let officerUnitId: string;
const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000);

/** Numbers from plain SQL on the same rows, to hold the dashboard to. */
async function sqlCount(query: Promise<{ n: bigint }[]>): Promise<number> {
  return Number((await query)[0]!.n);
}

beforeAll(async () => {
  const actor = (role: Parameters<typeof createActor>[0]) => createActor(role).then((a) => a.actor);
  [admin, committee, partner] = await Promise.all([
    actor("DOST_ADMIN"),
    actor("COMMITTEE_VIEWER"),
    actor("PARTNER_INSPECTOR"),
  ]);
  const [a, b, c, d, district] = await Promise.all([
    createAgency(),
    createAgency(),
    createAgency(),
    createAgency(),
    createAgency(),
  ]);
  // Kinds of the test's own at the district and commune levels: the seeded kinds' counts stay the registry's.
  const level = async (n: number) => {
    const code = `test_level_${n}`;
    await db.agencyKind.createMany({
      data: [
        {
          code,
          nameVi: `Cấp thử ${n}`,
          nameEn: `Test level ${n}`,
          level: n,
          defaultIsoRequirement: "ENCOURAGED",
          sortOrder: 90 + n,
        },
      ],
      skipDuplicates: true,
    });
    return (await db.agencyKind.findUniqueOrThrow({ where: { code } })).id;
  };
  await db.agency.update({ where: { id: district.id }, data: { kindId: await level(2) } });
  const commune = await createAgency({ parentId: district.id });
  await db.agency.update({ where: { id: commune.id }, data: { kindId: await level(3) } });
  districtId = district.id;
  communeId = commune.id;
  officerUnitId = d.id;
  [officer, partnerOff] = await Promise.all([
    createActor("AGENCY_OFFICER", { agencyId: d.id }).then((x) => x.actor),
    createActor("PARTNER_INSPECTOR").then((x) => x.actor),
  ]);
  const plan = await insertPlan({
    createdById: admin.id,
    year,
    status: "IN_PROGRESS",
    targets: [
      { agencyId: a.id },
      { agencyId: b.id, onSite: "MANDATORY" },
      { agencyId: c.id },
      { agencyId: d.id },
      { agencyId: district.id },
      { agencyId: commune.id, onSite: "ENCOURAGED" },
    ],
    members: [{ userId: partner.id, role: "MEMBER" }],
  });
  planId = plan.id;
  // A: dossier review signed off, fully conforming.
  await insertInspection({
    planId,
    agencyId: a.id,
    kind: "DOSSIER",
    overallResult: "CONFORMING",
    items: [{ code: "QD-01", result: "CONFORM" }],
  });
  // B: dossier review and on-site inspection signed off, the latter with a major and a minor finding.
  await insertInspection({
    planId,
    agencyId: b.id,
    kind: "DOSSIER",
    items: [{ code: "QD-01", result: "CONFORM" }],
  });
  await insertInspection({
    planId,
    agencyId: b.id,
    kind: "ON_SITE",
    overallResult: "CONFORMING_WITH_FINDINGS",
    items: [
      { code: "QD-01", result: "MAJOR_NC" },
      { code: "QD-02", result: "MINOR_NC" },
    ],
    findings: [
      { code: "QD-01", severity: "MAJOR", dueDate: new Date(Date.UTC(2020, 0, 1)) },
      { code: "QD-02", severity: "MINOR", dueDate: new Date(Date.UTC(2999, 0, 1)) },
    ],
  });
  // C: dossier review still in progress (DOST sees it; the committee does not).
  await insertInspection({
    planId,
    agencyId: c.id,
    kind: "DOSSIER",
    status: "IN_PROGRESS",
    items: [{ code: "QD-01", result: "MAJOR_NC" }],
    findings: [{ code: "QD-01", severity: "MAJOR" }],
  });
  // The district and the commune: dossier reviews signed off, the commune's on-site inspection with a minor finding.
  await insertInspection({
    planId,
    agencyId: district.id,
    kind: "DOSSIER",
    overallResult: "NOT_CONFORMING",
    items: [
      { code: "QD-01", result: "MAJOR_NC" },
      { code: "QD-02", result: "CONFORM" },
    ],
  });
  await insertInspection({
    planId,
    agencyId: commune.id,
    kind: "DOSSIER",
    overallResult: "CONFORMING",
    items: [{ code: "QD-01", result: "CONFORM" }],
  });
  await insertInspection({
    planId,
    agencyId: commune.id,
    kind: "ON_SITE",
    overallResult: "CONFORMING_WITH_FINDINGS",
    items: [
      { code: "QD-01", result: "CONFORM" },
      { code: "QD-02", result: "MINOR_NC" },
      { code: "QD-03", result: "NOT_APPLICABLE" },
    ],
    findings: [{ code: "QD-02", severity: "MINOR", dueDate: new Date(Date.UTC(2020, 5, 1)) }],
  });
  // The factory signs off (and starts) in 2051 and raises findings now; the dashboard counts up to a day. Everything
  // happened a month ago but the commune's on-site inspection, signed off ten days ago: a view as of eleven days ago
  // leaves it out.
  await db.inspection.updateMany({ where: { planId, status: "SIGNED_OFF" }, data: { signedOffAt: monthAgo } });
  await db.inspection.updateMany({ where: { planId, status: "IN_PROGRESS" }, data: { startedAt: monthAgo } });
  await db.finding.updateMany({ where: { inspection: { planId } }, data: { createdAt: monthAgo } });
  await db.inspection.updateMany({
    where: { planId, agencyId: commune.id, kind: "ON_SITE" },
    data: { signedOffAt: tenDaysAgo },
  });
  // Records: D has its internal audit report accepted (1 of 6 required), the commune an annual report not reviewed.
  const audit = await createRecordFor(officer, { planId });
  await markLatest(audit.id, "ACCEPTED");
});

const figuresFor = async (actor: Actor, options: Partial<Parameters<typeof dashboardFigures>[1]> = {}) =>
  (await dashboardFigures(scopeFor(actor), { year, asOf: todayInVietnam(), ...options }))!;

const units = 'SELECT count(DISTINCT "agencyId") AS n FROM plan_target WHERE "inDossier" AND "planId" = $1::uuid';

describe("the dashboard's figures equal a direct SQL count", () => {
  it("progress: dossier reviews and on-site inspections done against the plan's scope", async () => {
    const { totals, planId: linked, plans } = await figuresFor(admin);
    expect(plans.map((p) => p.id)).toEqual([planId]);
    expect(linked).toBe(planId);
    const dossierScope = await sqlCount(db.$queryRawUnsafe(units, planId));
    const onSiteScope = await sqlCount(db.$queryRawUnsafe(`${units} AND "onSite"`, planId));
    const done = (kind: string) =>
      sqlCount(
        db.$queryRaw`SELECT count(DISTINCT "agencyId") AS n FROM inspection
          WHERE "planId" = ${planId}::uuid AND kind::text = ${kind} AND status = 'SIGNED_OFF'`,
      );
    expect([dossierScope, onSiteScope]).toEqual([6, 2]);
    expect(totals).toMatchObject({
      units: dossierScope,
      onSitePlanned: onSiteScope,
      dossierDone: await done("DOSSIER"),
      onSiteDone: await done("ON_SITE"),
      dossierInProgress: 1,
    });
    expect([totals.dossierDone, totals.onSiteDone]).toEqual([4, 2]);
  });

  it("results: one per unit (the on-site result over the dossier's), scores from the items", async () => {
    const figures = await figuresFor(admin);
    // A conforming; B and the commune with findings (their on-site results); the district not conforming.
    expect(figures.totals).toMatchObject({ conforming: 1, withFindings: 2, notConforming: 1 });
    const scores = await db.$queryRaw<{ agency: string; conformity: number }[]>`
      SELECT DISTINCT ON (i."agencyId") i."agencyId"::text AS agency,
             (count(*) FILTER (WHERE it.result IN ('CONFORM', 'RECOMMENDATION')))::float
               / nullif(count(*) FILTER (WHERE it.result <> 'NOT_APPLICABLE'), 0) AS conformity
        FROM inspection i JOIN inspection_item it ON it."inspectionId" = i.id
       WHERE i."planId" = ${planId}::uuid AND i.status = 'SIGNED_OFF'
       GROUP BY i."agencyId", i.kind ORDER BY i."agencyId", i.kind DESC`;
    const byUnit = new Map(scores.map((r) => [r.agency, r.conformity]));
    for (const u of figures.units.filter((u) => u.conformity !== null))
      expect([u.name, u.conformity]).toEqual([u.name, byUnit.get(u.id)]);
    expect(figures.totals.scored).toBe(byUnit.size);
    const bands = figures.scores.reduce((s, b) => s + b.dossier + b.onSite, 0);
    expect(bands).toBe(
      await sqlCount(
        db.$queryRaw`SELECT count(*) AS n FROM inspection WHERE "planId" = ${planId}::uuid AND status = 'SIGNED_OFF'`,
      ),
    );
    expect(figures.byCategory.map((c) => [c.category, c.units, c.onSiteDone])).toEqual([
      ["MANDATORY", 1, 1],
      ["ENCOURAGED", 1, 1],
    ]);
  });

  it("findings: signed-off inspections only, by severity and clause group", async () => {
    const figures = await figuresFor(admin);
    const bySeverity = await db.$queryRaw<{ severity: string; n: bigint }[]>`
      SELECT f.severity::text AS severity, count(*) AS n FROM finding f JOIN inspection i ON i.id = f."inspectionId"
      WHERE i."planId" = ${planId}::uuid AND i.status = 'SIGNED_OFF' GROUP BY f.severity`;
    const sql = Object.fromEntries(bySeverity.map((r) => [r.severity, Number(r.n)]));
    expect(figures.severity).toEqual({
      major: sql.MAJOR ?? 0,
      minor: sql.MINOR ?? 0,
      recommendation: sql.RECOMMENDATION ?? 0,
      total: 3,
    });
    expect(figures.pareto.reduce((s, r) => s + r.count, 0)).toBe(3);
    expect(figures.pareto.at(-1)!.cumulativePercent).toBe(100);
    expect(figures.repeats).toEqual([]);
  });

  it("corrective actions: nonconformities of signed-off inspections, none answered, the past-due ones overdue", async () => {
    const { corrective } = await figuresFor(admin);
    const nonconformities = await sqlCount(
      db.$queryRaw`SELECT count(*) AS n FROM finding f JOIN inspection i ON i.id = f."inspectionId"
        WHERE i."planId" = ${planId}::uuid AND i.status = 'SIGNED_OFF' AND f.severity <> 'RECOMMENDATION'`,
    );
    const overdue = await db.$queryRaw<{ name: string; n: bigint }[]>`
      SELECT a.name, count(*) AS n FROM finding f JOIN inspection i ON i.id = f."inspectionId"
      JOIN agency a ON a.id = f."agencyId"
      WHERE i."planId" = ${planId}::uuid AND i.status = 'SIGNED_OFF' AND f.severity <> 'RECOMMENDATION'
        AND f."dueDate" < now() AND f."closedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM corrective_answer x WHERE x."findingId" = f.id)
      GROUP BY a.name, a."sortKey" ORDER BY count(*) DESC, a."sortKey"`;
    const overdueCount = overdue.reduce((s, r) => s + Number(r.n), 0);
    expect(corrective).toMatchObject({ nonconformities, answered: 0, accepted: 0, closed: 0, overdue: overdueCount });
    expect([nonconformities, overdueCount]).toEqual([3, 2]);
    expect(corrective.topOverdue.map(({ name, overdue: n }) => ({ name, n }))).toEqual(
      overdue.map((r) => ({ name: r.name, n: Number(r.n) })),
    );
  });

  it("records completeness: the same percent as the records page's rule (unitCompleteness), unit by unit", async () => {
    const figures = await figuresFor(admin);
    const plan = await db.inspectionPlan.findUniqueOrThrow({ where: { id: planId } });
    const expected = await unitCompleteness(scopeFor(admin), db, plan, {});
    expect(figures.units.map((u) => [u.name, u.completeness]).sort()).toEqual(
      expected.map((c) => [c.agency.name, c.percent]).sort(),
    );
    // D has one of six required kinds accepted: floor(100 / 6) = 16; the others none.
    expect(figures.units.find((u) => u.id === officerUnitId)!.completeness).toBe(16);
    expect(figures.completeness).toEqual({ units: 6, average: 2, below: 6 });
  });
});

describe("as of a day, and by area", () => {
  it("as of eleven days ago, the commune's on-site inspection signed off ten days ago does not count, nor its finding", async () => {
    const asOf = todayInVietnam(new Date(Date.now() - 11 * 24 * 3600 * 1000));
    const then = await figuresFor(admin, { asOf });
    const now = await figuresFor(admin);
    expect(now.totals.onSiteDone - then.totals.onSiteDone).toBe(1);
    expect(now.severity.minor - then.severity.minor).toBe(1);
    expect(then.asOf).not.toBe(now.asOf);
  });

  it("a district counts itself and its communes; the province's by-area table has the district with both", async () => {
    const district = await figuresFor(admin, { region: { district: districtId } });
    expect(district.units.map((u) => u.id).sort()).toEqual([districtId, communeId].sort());
    expect(district.totals).toMatchObject({
      units: 2,
      dossierDone: 2,
      onSiteDone: 1,
      notConforming: 1,
      withFindings: 1,
    });
    expect(district.severity.total).toBe(1);
    const province = await figuresFor(admin);
    const row = province.byRegion.find((r) => r.key === districtId)!;
    expect(row).toMatchObject({ units: 2, dossierDone: 2, onSiteDone: 1 });
    // The four test units are of a kind of level 3 without a district: they are the communes under the province.
    expect(province.byRegion.find((r) => r.key === "communes")!.units).toBe(4);
    // A unit that is not a district-level unit is no district: nothing to show (the page answers 404).
    expect(
      await dashboardFigures(scopeFor(admin), { year, asOf: todayInVietnam(), region: { district: communeId } }),
    ).toBeNull();
  });
});

describe("who sees what", () => {
  it("DOST staff see the inspection in progress; the committee's figures leave it out", async () => {
    const dost = await figuresFor(admin);
    const seen = await figuresFor(committee);
    expect(dost.workInProgress).toBe(true);
    expect(seen.workInProgress).toBe(false);
    expect(dost.totals.dossierInProgress).toBe(1);
    // The unsigned inspection's finding counts for no one; the signed-off figures are the same for both.
    expect(seen.severity).toEqual(dost.severity);
    expect(seen.totals.dossierDone).toBe(dost.totals.dossierDone);
    expect(seen.corrective).toEqual(dost.corrective);
  });

  it("a partner sees the plans they are on; another partner and officers get nothing (the page answers 404)", async () => {
    expect((await figuresFor(partner)).totals.units).toBe(6);
    expect(await dashboardFigures(scopeFor(partnerOff), { year, asOf: todayInVietnam() })).toBeNull();
    expect(await dashboardFigures(scopeFor(officer), { year, asOf: todayInVietnam() })).toBeNull();
    expect(await dashboardYears(scopeFor(officer))).toEqual([]);
    expect(await dashboardYears(scopeFor(partnerOff))).not.toContain(year);
    expect(await dashboardYears(scopeFor(committee))).toContain(year);
  });
});

// Last in the file: it signs off the review in progress.
describe("figures kept under the data version", () => {
  it("are served again while nothing changes, and computed again after any write the dashboard counts", async () => {
    const [first, again] = await whileVersionHolds(async () => [await figuresFor(admin), await figuresFor(admin)]);
    expect(again).toBe(first);
    // One transaction changing several counted rows bumps the version once, at commit.
    const bump = await versionBumpOf((attempt) =>
      db.$transaction([
        db.finding.updateMany({ where: { inspection: { planId } }, data: { description: `Sửa mô tả ${attempt}` } }),
        db.inspection.updateMany({ where: { planId, status: "IN_PROGRESS" }, data: { strengths: "Điểm mạnh" } }),
      ]),
    );
    expect(bump).toBe(1n);
    const after = await figuresFor(admin);
    expect(after).not.toBe(first);
    expect(after.totals).toEqual(first.totals);
    // A counted change shows at once: the in-progress review signed off.
    await db.inspection.updateMany({
      where: { planId, status: "IN_PROGRESS" },
      data: { status: "SIGNED_OFF", signedOffAt: monthAgo, overallResult: "NOT_CONFORMING" },
    });
    const signed = await figuresFor(admin);
    expect(signed.totals.dossierDone).toBe(first.totals.dossierDone + 1);
    expect(signed.totals.dossierInProgress).toBe(0);
  });
});
