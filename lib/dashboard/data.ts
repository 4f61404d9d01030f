import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { awaitingUnit } from "@/lib/findings/schema";
import { novemberFigures, plansAtWork } from "@/lib/year-reports";
import { paretoOf, progressOf, repeatsOf, resultsOf, severityOf } from "./aggregate";
import { canReadDashboard, seesWorkInProgress } from "./policy";

/** Years with a plan at work (approved, in progress or completed), latest first. */
export async function dashboardYears(scope: Scope): Promise<number[]> {
  if (!canReadDashboard(scope.actor)) return [];
  const rows = await db.inspectionPlan.findMany({
    where: { status: { in: [...plansAtWork] } },
    distinct: ["year"],
    orderBy: { year: "desc" },
    select: { year: true },
  });
  return rows.map((r) => r.year);
}

/**
 * The dashboard of a year as of the end of the province's day `asOf` (a calendar date, todayInVietnam()), or null for a reader who may not see it. Results, findings and
 * corrective actions count signed-off inspections only, for everyone (the year's figures of
 * lib/year-reports/figures/november.ts); DOST staff also get the inspections still in progress.
 */
export async function dashboardFigures(scope: Scope, { year, asOf }: { year: number; asOf: Date }) {
  if (!canReadDashboard(scope.actor)) return null;
  const [figures, plans] = await Promise.all([
    novemberFigures(scope, { year, asOf }),
    db.inspectionPlan.findMany({
      where: { year, status: { in: [...plansAtWork] } },
      orderBy: { issuedOn: "asc" },
      select: { id: true },
    }),
  ]);
  let inProgress: { dossier: number; onSite: number } | null = null;
  if (seesWorkInProgress(scope.actor)) {
    const rows = await db.inspection.groupBy({
      by: ["kind"],
      where: { planId: { in: plans.map((p) => p.id) }, status: "IN_PROGRESS" },
      _count: { _all: true },
    });
    const count = (kind: "DOSSIER" | "ON_SITE") => rows.find((r) => r.kind === kind)?._count._all ?? 0;
    inProgress = { dossier: count("DOSSIER"), onSite: count("ON_SITE") };
  }
  const overdueUnits = await topOverdueUnits(
    plans.map((p) => p.id),
    asOf,
  );
  return {
    year,
    asOf: figures.asOf,
    /** The lists filter by plan: links are offered when the year has exactly one plan at work. */
    planId: plans.length === 1 ? plans[0]!.id : null,
    planCount: plans.length,
    progress: progressOf(figures),
    inProgress,
    results: resultsOf(figures.resultsByKind),
    resultsByKind: figures.resultsByKind,
    scores: figures.scores,
    pareto: paretoOf(figures.findingsByGroup),
    severity: severityOf(figures.findingsByGroup),
    repeats: repeatsOf(figures.repeats),
    corrective: figures.corrective,
    overdueUnits,
  };
}

/**
 * The ten units with the most overdue nonconformities of signed-off inspections, as the findings list's
 * "overdue" filter reads them (still awaiting the unit, due before `asOf`); most first, then by name.
 */
async function topOverdueUnits(planIds: string[], asOf: Date) {
  const rows = await db.finding.groupBy({
    by: ["agencyId"],
    where: {
      inspection: { planId: { in: planIds }, status: "SIGNED_OFF" },
      status: { in: [...awaitingUnit] },
      severity: { not: "RECOMMENDATION" },
      dueDate: { lt: asOf },
    },
    _count: { _all: true },
  });
  const agencies = await db.agency.findMany({
    where: { id: { in: rows.map((r) => r.agencyId) } },
    select: { id: true, name: true },
  });
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  return rows
    .map((r) => ({ agencyId: r.agencyId, name: names.get(r.agencyId) ?? "", overdue: r._count._all }))
    .sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name, "vi"))
    .slice(0, 10);
}

export type DashboardFigures = NonNullable<Awaited<ReturnType<typeof dashboardFigures>>>;
