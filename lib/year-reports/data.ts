import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { YearReportKind } from "@/lib/generated/prisma/enums";
import { ministryFigures } from "./figures/ministry";
import { novemberFigures } from "./figures/november";
import type { YearReportFigures } from "./figures/types";
import { canReadYearReports, yearReportVisibility } from "./policy";

/** The reports the scope sees, matching `where`; officers and partner inspectors see none. */
export const visibleReport = (scope: Scope, where: Prisma.YearReportWhereInput = {}): Prisma.YearReportWhereInput => ({
  AND: [yearReportVisibility(scope.actor), where],
});

/** The list of /bao-cao: newest year first, then kind and version. */
export function listYearReports(scope: Scope, filter: { year?: number; kind?: YearReportKind } = {}) {
  if (!canReadYearReports(scope.actor)) return Promise.resolve([]);
  return db.yearReport.findMany({
    where: visibleReport(scope, { year: filter.year, kind: filter.kind }),
    orderBy: [{ year: "desc" }, { kind: "asc" }, { version: "desc" }],
    select: { id: true, kind: true, year: true, version: true, asOf: true, status: true },
  });
}

/** One report with its history, its previous version and whether it has a correction; null: not visible. */
export function getYearReport(scope: Scope, id: string) {
  return db.yearReport.findFirst({
    where: visibleReport(scope, { id }),
    include: {
      events: { orderBy: { at: "asc" } },
      previous: {
        select: { id: true, version: true, kind: true, narrative: true, figures: true, asOf: true, year: true },
      },
      correction: { select: { id: true, version: true, status: true } },
    },
  });
}
export type YearReportView = NonNullable<Awaited<ReturnType<typeof getYearReport>>>;

/**
 * The figures of a report as stored: a draft's as last computed (at creation or refresh), a submitted report's
 * as frozen. Only a draft made before figures were stored has none; those are computed now as of its date.
 */
export async function figuresOf(
  scope: Scope,
  report: { kind: YearReportKind; year: number; asOf: Date; figures: unknown },
): Promise<YearReportFigures> {
  if (report.figures) return report.figures as YearReportFigures;
  return computeFigures(scope, report);
}

/** The figures computed from the database now, as of the report's date. */
export function computeFigures(
  scope: Scope,
  report: { kind: YearReportKind; year: number; asOf: Date },
): Promise<YearReportFigures> {
  return report.kind === "NOVEMBER_CONSOLIDATION"
    ? novemberFigures(scope, { year: report.year, asOf: report.asOf })
    : ministryFigures({ year: report.year, asOf: report.asOf });
}

/** Names of the people in a report's history. */
export async function actorNames(ids: (string | null)[]) {
  const users = await db.user.findMany({
    where: { id: { in: ids.filter((id): id is string => id !== null) } },
    select: { id: true, name: true },
  });
  return new Map(users.map((u) => [u.id, u.name]));
}
