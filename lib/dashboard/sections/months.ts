import "server-only";
import { startOfVietnamDay, timeZone } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InspectionKind, MilestoneKind } from "@/lib/generated/prisma/enums";
import { inPlans, signedOffByThen, type DashboardFilter } from "../filter";
import { unitInRegion } from "./region";
import type { MonthlyProgress, MonthRow } from "./months-table";

export { monthsTable, type MonthlyProgress, type MonthRow } from "./months-table";

/**
 * The months of the filter's year that have begun by the as-of day: all twelve for a past year, up to the as-of
 * month in the as-of year, none for a year that has not started.
 */
export function monthsOf(year: number, asOf: Date): number {
  const asOfYear = asOf.getUTCFullYear();
  if (asOfYear < year) return 0;
  return asOfYear > year ? 12 : asOf.getUTCMonth() + 1;
}

/**
 * Progress month by month of the filter's year, as of the end of its as-of day: dossier reviews and on-site
 * inspections signed off in each month of the province's calendar and running totals, against the targets of the
 * filter's plans in its region, with the plans' milestones of each month. A unit is one inspection (unique per
 * target and kind), so a unit counts once per plan and track. An inspection signed off before 1 January counts in
 * January; one signed off after 31 December is in no month (the year's rows end there). With work in progress
 * (DOST staff, partners) also the inspections started in each month, whatever their state now.
 */
export async function monthlyProgress(filter: DashboardFilter): Promise<MonthlyProgress> {
  const count = monthsOf(filter.year, filter.asOf);
  const yearStart = startOfVietnamDay(`${filter.year}-01-01`);
  const nextYearStart = startOfVietnamDay(`${filter.year + 1}-01-01`);
  const monthOf = (column: Prisma.Sql) =>
    Prisma.sql`CASE WHEN ${column} < ${yearStart} THEN 1
                    ELSE extract(month FROM ${column} AT TIME ZONE ${timeZone})::int END`;

  const [[planned], done, started, milestones] = await Promise.all([
    db.$queryRaw<{ dossier: number; onSite: number }[]>`
      SELECT count(*) FILTER (WHERE t."inDossier")::int AS dossier, count(*) FILTER (WHERE t."onSite")::int AS "onSite"
        FROM plan_target t
       WHERE ${inPlans(filter, Prisma.sql`t."planId"`)} AND ${unitInRegion(filter, Prisma.sql`t."agencyId"`)}`,
    count === 0
      ? []
      : db.$queryRaw<{ month: number; kind: InspectionKind; n: number }[]>`
      SELECT ${monthOf(Prisma.sql`i."signedOffAt"`)} AS month, i.kind, count(*)::int AS n
        FROM inspection i
       WHERE ${inPlans(filter, Prisma.sql`i."planId"`)} AND ${signedOffByThen(filter, Prisma.sql`i`)}
         AND i."signedOffAt" < ${nextYearStart} AND ${unitInRegion(filter, Prisma.sql`i."agencyId"`)}
       GROUP BY 1, 2`,
    count === 0 || !filter.workInProgress
      ? []
      : db.$queryRaw<{ month: number; kind: InspectionKind; n: number }[]>`
      SELECT ${monthOf(Prisma.sql`i."startedAt"`)} AS month, i.kind, count(*)::int AS n
        FROM inspection i
       WHERE ${inPlans(filter, Prisma.sql`i."planId"`)} AND i."startedAt" <= ${filter.end}
         AND i."startedAt" < ${nextYearStart} AND ${unitInRegion(filter, Prisma.sql`i."agencyId"`)}
       GROUP BY 1, 2`,
    count === 0
      ? []
      : db.$queryRaw<{ kind: MilestoneKind; date: Date; plans: number }[]>`
      SELECT m.kind, m.date, count(*)::int AS plans
        FROM plan_milestone m
       WHERE ${inPlans(filter, Prisma.sql`m."planId"`)}
         AND m.date >= make_date(${filter.year}::int, 1, 1) AND m.date < make_date(${filter.year}::int, ${count}::int, 1) + interval '1 month'
       GROUP BY m.kind, m.date
       ORDER BY m.date, m.kind`,
  ]);

  const cell = (rows: { month: number; kind: InspectionKind; n: number }[], month: number, kind: InspectionKind) =>
    rows.find((r) => r.month === month && r.kind === kind)?.n ?? 0;
  const months: MonthRow[] = [];
  let dossierCumulative = 0;
  let onSiteCumulative = 0;
  for (let month = 1; month <= count; month++) {
    const dossierDone = cell(done, month, "DOSSIER");
    const onSiteDone = cell(done, month, "ON_SITE");
    dossierCumulative += dossierDone;
    onSiteCumulative += onSiteDone;
    months.push({
      month,
      dossierDone,
      dossierCumulative,
      onSiteDone,
      onSiteCumulative,
      started: filter.workInProgress
        ? { dossier: cell(started, month, "DOSSIER"), onSite: cell(started, month, "ON_SITE") }
        : null,
      milestones: milestones
        .filter((m) => m.date.getUTCMonth() + 1 === month)
        .map((m) => ({ kind: m.kind, date: m.date, plans: m.plans })),
    });
  }
  return {
    year: filter.year,
    asOf: filter.asOf,
    dossierPlanned: planned?.dossier ?? 0,
    onSitePlanned: planned?.onSite ?? 0,
    planCount: filter.planIds.length,
    workInProgress: filter.workInProgress,
    months,
  };
}
