import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { dashboardFigures, dashboardYears } from "@/lib/dashboard/data";
import { todayInVietnam } from "@/lib/dates";
import { db } from "@/lib/db";
import { createAgency } from "@/tests/factories/agencies";
import { insertInspection } from "@/tests/factories/inspection-rows";
import { insertPlan } from "@/tests/factories/plans";
import { createActor } from "@/tests/factories/users";

/** A year of its own: the dashboard counts the whole year. */
const year = 3000 + Math.floor(Math.random() * 900);
const yesterday = new Date(Date.now() - 24 * 3600 * 1000);

let admin: Actor;
let committee: Actor;
let officer: Actor;
let partner: Actor;
let planId: string;

/** Numbers from plain SQL on the same rows, to hold the dashboard to. */
async function sqlCount(query: Promise<{ n: bigint }[]>): Promise<number> {
  return Number((await query)[0]!.n);
}

beforeAll(async () => {
  const actor = (role: Parameters<typeof createActor>[0]) => createActor(role).then((a) => a.actor);
  [admin, committee, officer, partner] = await Promise.all([
    actor("DOST_ADMIN"),
    actor("COMMITTEE_VIEWER"),
    actor("AGENCY_OFFICER"),
    actor("PARTNER_INSPECTOR"),
  ]);
  const [a, b, c, d] = await Promise.all([createAgency(), createAgency(), createAgency(), createAgency()]);
  const plan = await insertPlan({
    createdById: admin.id,
    year,
    status: "IN_PROGRESS",
    targets: [{ agencyId: a.id }, { agencyId: b.id, onSite: "MANDATORY" }, { agencyId: c.id }, { agencyId: d.id }],
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
  // The factory signs off in 2051; the dashboard counts up to today.
  await db.inspection.updateMany({ where: { planId, status: "SIGNED_OFF" }, data: { signedOffAt: yesterday } });
});

const figuresFor = async (actor: Actor) => (await dashboardFigures(scopeFor(actor), { year, asOf: todayInVietnam() }))!;

describe("the dashboard's figures equal a direct SQL count", () => {
  it("progress: dossier reviews and on-site inspections done against the plan's scope", async () => {
    const { progress, planId: linked, planCount } = await figuresFor(admin);
    expect(planCount).toBe(1);
    expect(linked).toBe(planId);
    const dossierScope = await sqlCount(
      db.$queryRaw`SELECT count(DISTINCT "agencyId") AS n FROM plan_target WHERE "planId" = ${planId}::uuid AND "inDossier"`,
    );
    const onSiteScope = await sqlCount(
      db.$queryRaw`SELECT count(DISTINCT "agencyId") AS n FROM plan_target WHERE "planId" = ${planId}::uuid AND "inDossier" AND "onSite"`,
    );
    const done = (kind: string) =>
      sqlCount(
        db.$queryRaw`SELECT count(DISTINCT "agencyId") AS n FROM inspection
          WHERE "planId" = ${planId}::uuid AND kind::text = ${kind} AND status = 'SIGNED_OFF'`,
      );
    expect([dossierScope, onSiteScope]).toEqual([4, 1]);
    expect(progress).toMatchObject({
      dossierPlanned: dossierScope,
      onSitePlanned: onSiteScope,
      dossierDone: await done("DOSSIER"),
      onSiteDone: await done("ON_SITE"),
    });
    expect(progress.dossierDone).toBe(2);
    expect(progress.onSiteDone).toBe(1);
    expect(progress.completenessUnits).toBe(4);
  });

  it("results and findings: signed-off inspections only, by result, severity and clause group", async () => {
    const figures = await figuresFor(admin);
    // One result per unit: B's on-site result stands for B.
    expect(figures.results).toEqual({ conforming: 1, withFindings: 1, notConforming: 0, total: 2 });
    const bySeverity = await db.$queryRaw<{ severity: string; n: bigint }[]>`
      SELECT f.severity::text AS severity, count(*) AS n FROM finding f JOIN inspection i ON i.id = f."inspectionId"
      WHERE i."planId" = ${planId}::uuid AND i.status = 'SIGNED_OFF' GROUP BY f.severity`;
    const sql = Object.fromEntries(bySeverity.map((r) => [r.severity, Number(r.n)]));
    expect(figures.severity).toEqual({
      major: sql.MAJOR ?? 0,
      minor: sql.MINOR ?? 0,
      recommendation: sql.RECOMMENDATION ?? 0,
      total: 2,
    });
    expect(figures.pareto.reduce((s, r) => s + r.count, 0)).toBe(2);
    expect(figures.pareto.at(-1)!.cumulativePercent).toBe(100);
    expect(figures.repeats).toBe(0);
    const scored = figures.scores.reduce((s, b) => s + b.dossier + b.onSite, 0);
    expect(scored).toBe(
      await sqlCount(
        db.$queryRaw`SELECT count(*) AS n FROM inspection WHERE "planId" = ${planId}::uuid AND status = 'SIGNED_OFF'`,
      ),
    );
  });

  it("corrective actions: nonconformities of signed-off inspections, none answered, the past-due one overdue", async () => {
    const { corrective } = await figuresFor(admin);
    const nonconformities = await sqlCount(
      db.$queryRaw`SELECT count(*) AS n FROM finding f JOIN inspection i ON i.id = f."inspectionId"
        WHERE i."planId" = ${planId}::uuid AND i.status = 'SIGNED_OFF' AND f.severity <> 'RECOMMENDATION'`,
    );
    const overdue = await sqlCount(
      db.$queryRaw`SELECT count(*) AS n FROM finding f JOIN inspection i ON i.id = f."inspectionId"
        WHERE i."planId" = ${planId}::uuid AND i.status = 'SIGNED_OFF' AND f.severity <> 'RECOMMENDATION'
        AND f."dueDate" < now() AND f."closedAt" IS NULL`,
    );
    expect(corrective).toEqual({ nonconformities, answered: 0, accepted: 0, overdue });
    expect([nonconformities, overdue]).toEqual([2, 1]);
  });

  it("the units with the most overdue: the overdue list's rule, counted per unit", async () => {
    const { overdueUnits } = await figuresFor(admin);
    const rows = await db.$queryRaw<{ name: string; n: bigint }[]>`
      SELECT a.name, count(*) AS n FROM finding f JOIN inspection i ON i.id = f."inspectionId"
      JOIN agency a ON a.id = f."agencyId"
      WHERE i."planId" = ${planId}::uuid AND i.status = 'SIGNED_OFF' AND f.severity <> 'RECOMMENDATION'
        AND f.status::text IN ('OPEN', 'REJECTED') AND f."dueDate" < ${todayInVietnam()}
      GROUP BY a.name ORDER BY count(*) DESC, a.name`;
    expect(rows).toHaveLength(1);
    expect(overdueUnits.map(({ name, overdue }) => ({ name, overdue }))).toEqual(
      rows.map((r) => ({ name: r.name, overdue: Number(r.n) })),
    );
  });
});

describe("who sees what", () => {
  it("DOST staff see the inspection in progress; the committee's figures leave it out", async () => {
    const dost = await figuresFor(admin);
    const seen = await figuresFor(committee);
    const inProgress = await sqlCount(
      db.$queryRaw`SELECT count(*) AS n FROM inspection
        WHERE "planId" = ${planId}::uuid AND status = 'IN_PROGRESS' AND kind = 'DOSSIER'`,
    );
    expect(inProgress).toBe(1);
    expect(dost.inProgress).toEqual({ dossier: inProgress, onSite: 0 });
    expect(seen.inProgress).toBeNull();
    // The unsigned inspection's finding counts for no one; the signed-off figures are the same for both.
    expect(seen.severity.total).toBe(2);
    expect(seen.progress).toEqual(dost.progress);
    expect(seen.corrective).toEqual(dost.corrective);
  });

  it("officers and partner inspectors get nothing (the page answers 404)", async () => {
    expect(await dashboardFigures(scopeFor(officer), { year, asOf: todayInVietnam() })).toBeNull();
    expect(await dashboardFigures(scopeFor(partner), { year, asOf: todayInVietnam() })).toBeNull();
    expect(await dashboardYears(scopeFor(officer))).toEqual([]);
    expect(await dashboardYears(scopeFor(committee))).toContain(year);
  });
});
