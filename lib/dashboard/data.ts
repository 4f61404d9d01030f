import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { plansAtWork } from "@/lib/year-reports";
import {
  byCategory,
  byKind,
  byRegion,
  completenessOf,
  findingsByGroup,
  paretoOf,
  scoresOf,
  severityOf,
  totalsOfUnits,
  unitResult,
} from "./aggregate";
import { completenessFacts, correctiveFacts, findingGroupFacts, repeatFacts, unitFacts } from "./facts";
import { filterOf, visiblePlans, type DashboardFilter, type DashboardRegion } from "./filter";
import { atDataVersion } from "./snapshot";
import { canReadDashboard } from "./policy";
import { monthlyProgress } from "./sections/months";
import { planVisibility } from "@/lib/plans/policy";

/** Years with a plan at work (approved, in progress or completed) that the reader may see, latest first. */
export async function dashboardYears(scope: Scope): Promise<number[]> {
  if (!canReadDashboard(scope.actor)) return [];
  // Kept under the data version (plans are counted tables), per visibility: the where clause is the key.
  const visibility = planVisibility(scope.actor);
  return atDataVersion(JSON.stringify(["years-with-plans", visibility]), async () => {
    const rows = await db.inspectionPlan.findMany({
      where: { AND: [visibility, { status: { in: [...plansAtWork] } }] },
      distinct: ["year"],
      orderBy: { year: "desc" },
      select: { year: true },
    });
    return rows.map((r) => r.year);
  });
}

/** The region with its name (a district's), or null when the id is not a district-level unit. */
export async function regionOf(region: DashboardRegion | null) {
  if (region === null || typeof region === "string") return { region, name: null };
  const district = await db.agency.findFirst({
    where: { id: region.district, kind: { level: 2 } },
    select: { name: true },
  });
  return district ? { region, name: district.name } : null;
}

/**
 * The dashboard of a year (or one plan of it) as of the end of the province's day `asOf`, for a region or the whole
 * province; null for a reader who may not see it (or a year without a plan they see, or an unknown district).
 * Results, findings and corrective actions count inspections signed off by then; DOST staff and partners also get
 * what is in progress.
 */
export async function dashboardFigures(
  scope: Scope,
  options: { year: number; asOf: Date; planId?: string; region?: DashboardRegion | null },
) {
  if (!canReadDashboard(scope.actor)) return null;
  const [plans, region] = await Promise.all([visiblePlans(scope, options.year), regionOf(options.region ?? null)]);
  // The year's plans are read once: the view counts all of them, or the one chosen among them.
  const filter = filterOf(scope, options.planId ? plans.filter((p) => p.id === options.planId) : plans, options);
  if (!filter || !region) return null;
  // The figures depend on the reader only through the filter (their plans, work in progress) and the year's plans.
  const key = JSON.stringify(["year", filter, plans.map((p) => p.id)]);
  return atDataVersion(key, () => computeFigures(filter, region, plans));
}

async function computeFigures(
  filter: DashboardFilter,
  region: { region: DashboardRegion | null; name: string | null },
  plans: { id: string; number: string }[],
) {
  const [units, groupFacts, repeats, corrective, percents, months] = await Promise.all([
    unitFacts(filter),
    findingGroupFacts(filter),
    repeatFacts(filter),
    correctiveFacts(filter),
    completenessFacts(filter),
    monthlyProgress(filter),
  ]);
  const groups = findingsByGroup(groupFacts);
  return {
    year: filter.year,
    asOf: isoDay(filter.asOf),
    region: region.region,
    regionName: region.name,
    workInProgress: filter.workInProgress,
    /** The year's plans the reader sees (the view counts one of them when a plan was chosen). */
    plans: plans.map((p) => ({ id: p.id, number: p.number })),
    /** The one plan the view counts, if it counts one: the lists filter by plan, so counts link only then. */
    planId: filter.planIds.length === 1 ? filter.planIds[0]! : null,
    totals: totalsOfUnits(units),
    completeness: completenessOf(units, percents),
    units: units.map((u) => ({
      id: u.id,
      name: u.name,
      kindVi: u.kindVi,
      kindEn: u.kindEn,
      level: u.level,
      onSite: u.onSite,
      category: u.category,
      dossierDone: u.dossier?.done ?? false,
      onSiteDone: u.onSiteStage?.done ?? false,
      ...unitResult(u),
      completeness: percents.get(u.id) ?? null,
      annualReport: u.annualReport,
    })),
    byKind: byKind(units),
    byRegion: byRegion(units),
    byCategory: byCategory(units),
    scores: scoresOf(units),
    groups,
    pareto: paretoOf(groups),
    severity: severityOf(groups),
    repeats,
    corrective,
    months,
  };
}

export type DashboardFigures = Awaited<ReturnType<typeof computeFigures>>;
