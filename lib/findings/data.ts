import "server-only";
import { agencyIdFilter, type Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findingVisibility, inspectionVisibility } from "@/lib/inspections/policy";
import { todayInVietnam } from "@/lib/text/dates";
import { foldForSearch } from "@/lib/text/normalize";
import { awaitingUnit, type FindingListQuery } from "./schema";

export const findingPageSize = 50;

/**
 * The `where` of the list: what the actor may read (findingVisibility: an officer only their own unit's
 * findings of signed-off inspections, the People's Committee those of signed-off inspections, a partner
 * those of plans they are on), then the filters.
 */
export function findingWhere(
  scope: Scope,
  query: Omit<FindingListQuery, "page">,
  today = todayInVietnam(),
): Prisma.FindingWhereInput {
  const and: Prisma.FindingWhereInput[] = [findingVisibility(scope.actor), { agencyId: agencyIdFilter(scope) }];
  if (query.plan) and.push({ inspection: { planId: query.plan } });
  if (query.inspection) and.push({ inspectionId: query.inspection });
  const tokens = query.q ? foldForSearch(query.q).split(" ").filter(Boolean).slice(0, 8) : [];
  for (const token of tokens) and.push({ agency: { searchText: { contains: token } } });
  if (query.severity) and.push({ severity: query.severity });
  if (query.status) and.push({ status: query.status });
  if (query.overdue === "yes")
    and.push({ status: { in: [...awaitingUnit] }, severity: { not: "RECOMMENDATION" }, dueDate: { lt: today } });
  return { AND: and };
}

const listSelect = {
  id: true,
  number: true,
  clause: true,
  severity: true,
  description: true,
  dueDate: true,
  status: true,
  agency: { select: { id: true, name: true } },
  inspection: {
    select: { id: true, kind: true, recordDate: true, plan: { select: { id: true, number: true, year: true } } },
  },
} satisfies Prisma.FindingSelect;

/** One page of findings, soonest due first (no due date last), then by unit and number. */
export async function listFindings(scope: Scope, query: FindingListQuery, today = todayInVietnam()) {
  const where = findingWhere(scope, query, today);
  const [findings, total] = await Promise.all([
    db.finding.findMany({
      where,
      select: listSelect,
      orderBy: [
        { dueDate: { sort: "asc", nulls: "last" } },
        { agency: { sortKey: "asc" } },
        { inspectionId: "asc" },
        { number: "asc" },
      ],
      skip: (query.page - 1) * findingPageSize,
      take: findingPageSize,
    }),
    db.finding.count({ where }),
  ]);
  return { findings, total, pages: Math.max(1, Math.ceil(total / findingPageSize)) };
}
export type FindingListItem = Awaited<ReturnType<typeof listFindings>>["findings"][number];

/** The plans the filter offers: those with an inspection the actor may read. */
export function listFindingPlans(scope: Scope) {
  return db.inspectionPlan.findMany({
    where: { inspections: { some: { AND: [inspectionVisibility(scope.actor), { agencyId: agencyIdFilter(scope) }] } } },
    select: { id: true, number: true, year: true, version: true },
    orderBy: [{ year: "desc" }, { number: "asc" }, { version: "desc" }],
  });
}

/** One finding with its inspection and checklist item; null when absent or out of scope (the page answers 404). */
export function getFinding(scope: Scope, id: string) {
  return db.finding.findFirst({
    where: { AND: [{ id }, findingVisibility(scope.actor), { agencyId: agencyIdFilter(scope) }] },
    include: {
      agency: { select: { id: true, name: true } },
      inspection: {
        select: {
          id: true,
          kind: true,
          status: true,
          recordDate: true,
          signedOffAt: true,
          plan: { select: { id: true, number: true, year: true } },
        },
      },
      item: {
        select: {
          result: true,
          note: true,
          checklistItem: { select: { code: true, clause: true, titleVi: true, titleEn: true } },
        },
      },
    },
  });
}
