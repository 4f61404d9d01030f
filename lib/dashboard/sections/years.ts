import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { endOfVietnamDay, isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { planVisibility } from "@/lib/plans/policy";
import { plansAtWork } from "@/lib/year-reports";
import { inPlans, signedOffByThen, type DashboardFilter, type DashboardRegion } from "../filter";
import { canReadDashboard } from "../policy";
import { atDataVersion } from "../snapshot";
import { unitInRegion } from "./region";
import type { YearFigures, YearOverYear } from "./years-table";

export { yearsTables, type YearFigures, type YearOverYear } from "./years-table";

/**
 * The same figures for every year with a plan at work that the reader may see, oldest first, as of the end of the
 * province's day `asOf` (a calendar date), for the whole province or one region (`region`: e.g. a district with its
 * communes). Only inspections signed off by then count, for every reader (work in progress has no year figure).
 * A unit counts once a year however many plans of that year name it; its result of the year is that of its on-site
 * inspection when one is signed off, else that of its dossier review (as lib/year-reports/figures/november.ts
 * decides it), and its conformity that inspection's stored tally. Null for a reader without the province's
 * dashboard (an officer has a dashboard of their own unit).
 */
export async function yearOverYear(
  scope: Scope,
  { asOf, region = null }: { asOf: Date; region?: DashboardRegion | null },
): Promise<YearOverYear | null> {
  if (!canReadDashboard(scope.actor)) return null;
  const visible = await db.inspectionPlan.findMany({
    where: { AND: [planVisibility(scope.actor), { status: { in: [...plansAtWork] } }] },
    select: { id: true, year: true },
  });
  const years = [...new Set(visible.map((p) => p.year))].sort((a, b) => a - b);
  if (!years.length) return { asOf, region, years: [] };
  // One filter over every year's plans: the fragments read its plans, region and end, not its year.
  const filter: DashboardFilter = {
    year: years.at(-1)!,
    planIds: visible.map((p) => p.id),
    asOf,
    end: endOfVietnamDay(asOf),
    region,
    workInProgress: false,
  };
  // Kept under the data version (lib/dashboard/snapshot.ts): the figures depend on the reader only through the plans.
  return atDataVersion(JSON.stringify(["years", filter]), () => yearsOf(filter, years));
}

async function yearsOf(filter: DashboardFilter, years: number[]): Promise<YearOverYear> {
  const { asOf, region } = filter;
  const plans = Prisma.sql`SELECT id, year FROM inspection_plan WHERE ${inPlans(filter, Prisma.sql`id`)}`;
  const signedOff = signedOffByThen(filter, Prisma.sql`i`);

  const [units, findings] = await Promise.all([
    // One pass over the year's targets and signed-off inspections, grouped by (year, unit): a unit in two plans
    // of a year counts once; with two inspections of one kind in a year, the worse result and lower score count.
    db.$queryRaw<UnitsRow[]>`
      WITH plans AS (${plans}), units AS (
        SELECT u.year, u."agencyId",
               bool_or(u.target) AS target,
               bool_or(u."onSitePlanned") AS "onSitePlanned",
               bool_or(u.kind = 'DOSSIER') AS dossier,
               bool_or(u.kind = 'ON_SITE') AS "onSite",
               CASE WHEN bool_or(u.kind = 'ON_SITE') THEN max(u.result) FILTER (WHERE u.kind = 'ON_SITE')
                    ELSE max(u.result) END AS result,
               CASE WHEN bool_or(u.kind = 'ON_SITE') THEN min(u.conformity) FILTER (WHERE u.kind = 'ON_SITE')
                    ELSE min(u.conformity) END AS conformity,
               count(*) FILTER (WHERE u.version = 'ISO_9001_2008') AS iso2008,
               count(*) FILTER (WHERE u.version = 'ISO_9001_2015') AS iso2015,
               count(*) FILTER (WHERE u.version = 'NONE') AS "isoNone"
          FROM (
            SELECT p.year, t."agencyId", TRUE AS target, t."onSite" AS "onSitePlanned",
                   NULL::"InspectionKind" AS kind, NULL::"OverallResult" AS result, NULL::float8 AS conformity,
                   NULL::"StandardVersion" AS version
              FROM plan_target t JOIN plans p ON p.id = t."planId"
             WHERE t."inDossier" AND ${unitInRegion(filter, Prisma.sql`t."agencyId"`)}
            UNION ALL
            SELECT p.year, i."agencyId", FALSE, FALSE, i.kind, i."overallResult",
                   i."itemsConforming"::float8 / NULLIF(i."itemsApplicable", 0), i."standardVersion"
              FROM inspection i JOIN plans p ON p.id = i."planId"
             WHERE ${signedOff} AND ${unitInRegion(filter, Prisma.sql`i."agencyId"`)}
          ) u
         GROUP BY u.year, u."agencyId"
      )
      SELECT s.year,
             count(*) FILTER (WHERE s.target)::int AS units,
             count(*) FILTER (WHERE s.target AND s.dossier)::int AS "dossierDone",
             count(*) FILTER (WHERE s.target AND s."onSitePlanned")::int AS "onSitePlanned",
             count(*) FILTER (WHERE s.target AND s."onSite")::int AS "onSiteDone",
             avg(s.conformity) FILTER (WHERE s.target)::float8 AS conformity,
             count(s.conformity) FILTER (WHERE s.target)::int AS "conformityUnits",
             count(*) FILTER (WHERE s.target AND s.result = 'CONFORMING')::int AS conforming,
             count(*) FILTER (WHERE s.target AND s.result = 'CONFORMING_WITH_FINDINGS')::int AS "withFindings",
             count(*) FILTER (WHERE s.target AND s.result = 'NOT_CONFORMING')::int AS "notConforming",
             count(*) FILTER (WHERE s.target AND a."validTo" < ${isoDay(asOf)}::date)::int AS "mergedAway",
             sum(s.iso2008)::int AS iso2008, sum(s.iso2015)::int AS iso2015, sum(s."isoNone")::int AS "isoNone"
        FROM units s JOIN agency a ON a.id = s."agencyId"
       GROUP BY s.year`,
    db.$queryRaw<{ year: number; major: number; minor: number; recommendations: number }[]>`
      WITH plans AS (${plans})
      SELECT p.year,
             count(*) FILTER (WHERE f.severity = 'MAJOR')::int AS major,
             count(*) FILTER (WHERE f.severity = 'MINOR')::int AS minor,
             count(*) FILTER (WHERE f.severity = 'RECOMMENDATION')::int AS recommendations
        FROM finding f
        JOIN inspection i ON i.id = f."inspectionId"
        JOIN plans p ON p.id = i."planId"
       WHERE ${signedOff} AND f."createdAt" <= ${filter.end} AND ${unitInRegion(filter, Prisma.sql`f."agencyId"`)}
       GROUP BY p.year`,
  ]);

  return {
    asOf,
    region,
    years: years.map((year): YearFigures => {
      const u = units.find((r) => r.year === year);
      const f = findings.find((r) => r.year === year);
      return {
        year,
        units: u?.units ?? 0,
        dossierDone: u?.dossierDone ?? 0,
        onSitePlanned: u?.onSitePlanned ?? 0,
        onSiteDone: u?.onSiteDone ?? 0,
        conformity: u?.conformity ?? null,
        conformityUnits: u?.conformityUnits ?? 0,
        results: {
          conforming: u?.conforming ?? 0,
          withFindings: u?.withFindings ?? 0,
          notConforming: u?.notConforming ?? 0,
        },
        findings: { major: f?.major ?? 0, minor: f?.minor ?? 0, recommendations: f?.recommendations ?? 0 },
        standards: { iso2008: u?.iso2008 ?? 0, iso2015: u?.iso2015 ?? 0, none: u?.isoNone ?? 0 },
        unitsInForce: (u?.units ?? 0) - (u?.mergedAway ?? 0),
        unitsMergedAway: u?.mergedAway ?? 0,
      };
    }),
  };
}

type UnitsRow = {
  year: number;
  units: number;
  dossierDone: number;
  onSitePlanned: number;
  onSiteDone: number;
  conformity: number | null;
  conformityUnits: number;
  conforming: number;
  withFindings: number;
  notConforming: number;
  mergedAway: number;
  iso2008: number;
  iso2015: number;
  isoNone: number;
};
