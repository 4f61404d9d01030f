import "server-only";
import { atDataVersion } from "./snapshot";
import type { Scope } from "@/lib/auth/actor";
import { endOfVietnamDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { planVisibility } from "@/lib/plans/policy";
import { plansAtWork } from "@/lib/year-reports";
import { seesWorkInProgress } from "./policy";
import type { DashboardRegion } from "./schema";

export type { DashboardRegion };

/**
 * What one dashboard view counts, settled once from the reader and the URL, and handed to every section: the plans
 * (the year's plans at work that the reader may see, or the one plan chosen), the day the figures are as of, the
 * region, and whether work in progress shows. Sections put it in their SQL with the fragments below, so a section
 * cannot forget the reader's plans or the region.
 */
export type DashboardFilter = {
  year: number;
  /** Plans counted: at work (approved, in progress, completed), of `year`, visible to the reader; never empty. */
  planIds: string[];
  /** The calendar day the figures are as of (UTC midnight of that date), and the end of that day in the province. */
  asOf: Date;
  end: Date;
  /** Where the units counted are; null: everywhere the plans reach. */
  region: DashboardRegion | null;
  /** DOST staff and partner inspectors also see inspections in progress; the committee signed-off results only. */
  workInProgress: boolean;
};

/** The plans at work of a year that the reader may see, oldest first (one plan when `planId` is given and visible). */
export async function visiblePlans(scope: Scope, year: number, planId?: string) {
  // Kept under the data version (plans and their members are counted tables), per visibility: the where clause is
  // the key.
  const visibility = planVisibility(scope.actor);
  return atDataVersion(JSON.stringify(["visible-plans", visibility, year, planId ?? null]), () =>
    db.inspectionPlan.findMany({
      where: { AND: [visibility, { year, status: { in: [...plansAtWork] } }, planId ? { id: planId } : {}] },
      orderBy: { issuedOn: "asc" },
      select: { id: true, number: true, year: true },
    }),
  );
}

/** The filter of a view, or null when the reader sees no plan of that year (or not the plan asked for). */
export async function dashboardFilter(
  scope: Scope,
  options: { year: number; asOf: Date; planId?: string; region?: DashboardRegion | null },
): Promise<DashboardFilter | null> {
  return filterOf(scope, await visiblePlans(scope, options.year, options.planId), options);
}

/** The filter over plans already read (the year's visible plans, or the one chosen); null when there are none. */
export function filterOf(
  scope: Scope,
  plans: readonly { id: string }[],
  options: { year: number; asOf: Date; region?: DashboardRegion | null },
): DashboardFilter | null {
  if (!plans.length) return null;
  return {
    year: options.year,
    planIds: plans.map((p) => p.id),
    asOf: options.asOf,
    end: endOfVietnamDay(options.asOf),
    region: options.region ?? null,
    workInProgress: seesWorkInProgress(scope.actor),
  };
}

/** SQL: the plan `alias`.id (or a column holding a plan id) is one of the filter's plans. */
export const inPlans = (filter: DashboardFilter, column: Prisma.Sql) =>
  Prisma.sql`${column} = ANY(${filter.planIds}::uuid[])`;

/** SQL: the unit `agency` (an alias of the agency table) is in the filter's region. */
export function inRegion(filter: Pick<DashboardFilter, "region">, agency: Prisma.Sql): Prisma.Sql {
  const region = filter.region;
  if (region === null) return Prisma.sql`TRUE`;
  const level = Prisma.sql`(SELECT k.level FROM agency_kind k WHERE k.id = ${agency}."kindId")`;
  if (region === "agencies") return Prisma.sql`${level} = 1`;
  if (region === "communes") return Prisma.sql`(${level} >= 3 AND ${agency}."parentId" IS NULL)`;
  return Prisma.sql`(${agency}.id = ${region.district}::uuid OR ${agency}."parentId" = ${region.district}::uuid)`;
}

/** SQL: an inspection `i` counts as done by the end of the as-of day (signed off by then). */
export const signedOffByThen = (filter: DashboardFilter, i: Prisma.Sql) =>
  Prisma.sql`(${i}.status = 'SIGNED_OFF' AND ${i}."signedOffAt" <= ${filter.end})`;

/** The region as a Prisma `where` on units, for reads that go through Prisma (records completeness). */
export function regionWhere(filter: Pick<DashboardFilter, "region">): Prisma.AgencyWhereInput {
  const region = filter.region;
  if (region === null) return {};
  if (region === "agencies") return { kind: { level: 1 } };
  if (region === "communes") return { kind: { level: { gte: 3 } }, parentId: null };
  return { OR: [{ id: region.district }, { parentId: region.district }] };
}
