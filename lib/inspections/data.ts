import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchWords } from "@/lib/text/normalize";
import { userNames } from "@/lib/users";
import { repeatOfSelect } from "./findings/view";
import { inspectionListPage } from "./list-sql";
import { canReadThread, inspectionVisibility, type Membership } from "./policy";
import type { InspectionListQuery, PlanInspectionsQuery } from "./schema";

export const inspectionPageSize = 25;

const visible = (scope: Scope, where: Prisma.InspectionWhereInput = {}): Prisma.InspectionWhereInput => ({
  AND: [inspectionVisibility(scope.actor), where],
});

const listSelect = {
  id: true,
  kind: true,
  status: true,
  standardVersion: true,
  overallResult: true,
  signedOffAt: true,
  agency: { select: { id: true, code: true, name: true } },
  plan: { select: { id: true, number: true, year: true, version: true } },
  assignees: { select: { member: { select: { id: true, user: { select: { name: true } } } } } },
} satisfies Prisma.InspectionSelect;

/** Items, assessed items (a result given) and findings per inspection of a page, for the progress columns. */
async function pageCounts(ids: string[]) {
  if (!ids.length) return new Map<string, { items: number; findings: number; assessed: number }>();
  const [items, findings] = await Promise.all([
    db.inspectionItem.groupBy({
      by: ["inspectionId"],
      where: { inspectionId: { in: ids } },
      _count: { _all: true, result: true },
    }),
    db.finding.groupBy({ by: ["inspectionId"], where: { inspectionId: { in: ids } }, _count: { _all: true } }),
  ]);
  const found = new Map(findings.map((r) => [r.inspectionId, r._count._all]));
  return new Map(
    items.map((r) => [
      r.inspectionId,
      { items: r._count._all, assessed: r._count.result, findings: found.get(r.inspectionId) ?? 0 },
    ]),
  );
}

/** The filters both lists share: form, status, unit name without diacritics (every word must match). */
function commonFilters(query: {
  kind?: InspectionListQuery["kind"];
  status?: InspectionListQuery["status"];
  q?: string;
}): Prisma.InspectionWhereInput {
  const tokens = searchWords(query.q);
  return {
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(tokens.length ? { agency: { AND: tokens.map((token) => ({ searchText: { contains: token } })) } } : {}),
  };
}

/**
 * The list's rows for a page of ids, in the ids' order, with their progress. The page is chosen first (filters,
 * order, page: the part Postgres must sort) and its relations and counts read after for those ids only: in one
 * statement Postgres builds the relations of every matching row before the sort (and `_count` in the select
 * groups the whole item table: 2 million rows at national scale, 400 ms), and one query per relation costs a
 * round trip each.
 */
async function pageRows(ids: string[], total: number) {
  const [rows, counts] = await Promise.all([
    ids.length ? db.inspection.findMany({ where: { id: { in: ids } }, select: listSelect }) : [],
    pageCounts(ids),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    total,
    pages: Math.max(1, Math.ceil(total / inspectionPageSize)),
    inspections: ids.flatMap((id) => {
      const r = byId.get(id);
      const c = counts.get(id);
      return r
        ? [{ ...r, _count: { items: c?.items ?? 0, findings: c?.findings ?? 0 }, assessed: c?.assessed ?? 0 }]
        : [];
    }),
  };
}

/**
 * The inspections the actor may read, filtered as in the URL, one page at a time (see inspectionListPage); with
 * `withPlans`, also the plan filter's plans, read with the count (what /kiem-tra shows; none otherwise).
 */
export async function listInspections(scope: Scope, query: InspectionListQuery, options: { withPlans?: boolean } = {}) {
  const { rows, total, plans } = await inspectionListPage(scope, query, inspectionPageSize, options);
  return { total, pages: Math.max(1, Math.ceil(total / inspectionPageSize)), inspections: rows, plans };
}

/**
 * One plan's inspections (its "Kiểm tra" tab), filtered as in the URL, one page at a time. `assignee` is a
 * member of this plan's team (an id of another plan's member matches nothing) or "none": not assigned yet.
 */
export async function listPlanInspections(scope: Scope, planId: string, query: PlanInspectionsQuery) {
  const assignee: Prisma.InspectionWhereInput =
    query.assignee === "none"
      ? { assignees: { none: {} } }
      : query.assignee
        ? { assignees: { some: { memberId: query.assignee, member: { planId } } } }
        : {};
  const where = visible(scope, { planId, ...commonFilters(query), ...assignee });
  const [page, total] = await Promise.all([
    db.inspection.findMany({
      where,
      orderBy: [{ agency: { sortKey: "asc" } }, { kind: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * inspectionPageSize,
      take: inspectionPageSize,
      select: { id: true },
    }),
    db.inspection.count({ where }),
  ]);
  return pageRows(
    page.map((r) => r.id),
    total,
  );
}
export type InspectionRow = Awaited<ReturnType<typeof listPlanInspections>>["inspections"][number];

/**
 * One inspection as the actor may see it, with its checklist, findings, evidence, thread (empty for those who
 * may not read it, see canReadThread) and the actor's place on its team. null when out of sight (404).
 */
export async function getInspection(scope: Scope, id: string) {
  const inspection = await db.inspection.findFirst({
    where: visible(scope, { id }),
    include: {
      agency: { select: { id: true, code: true, name: true, kind: { select: { nameVi: true, nameEn: true } } } },
      plan: {
        select: {
          id: true,
          number: true,
          year: true,
          version: true,
          status: true,
          issuedOn: true,
          members: {
            select: { id: true, role: true, user: { select: { id: true, name: true, agencyId: true } } },
            orderBy: { role: "asc" },
          },
        },
      },
      target: { select: { onSiteCategory: true } },
      items: {
        orderBy: { position: "asc" },
        include: {
          checklistItem: {
            select: {
              code: true,
              clause: true,
              clauseGroup: true,
              titleVi: true,
              titleEn: true,
              guidanceVi: true,
              guidanceEn: true,
              template: { select: { standard: true, version: true } },
            },
          },
          finding: { include: { repeatOf: repeatOfSelect } },
          evidence: {
            orderBy: { createdAt: "asc" },
            include: { recordVersion: { select: { number: true, record: { select: { title: true } } } } },
          },
        },
      },
      assignees: { select: { memberId: true } },
    },
  });
  if (!inspection) return null;
  // Not loaded at all for those who may not read it, so no page can show it by mistake.
  const events = canReadThread(scope.actor)
    ? await db.inspectionEvent.findMany({ where: { inspectionId: inspection.id }, orderBy: { at: "asc" } })
    : [];
  // The actor's place on the team, from the members and assignees loaded above (see Membership).
  const me = inspection.plan.members.find((m) => m.user.id === scope.actor.id);
  const membership: Membership = me
    ? { role: me.role, assigned: inspection.assignees.some((a) => a.memberId === me.id) }
    : null;
  const names = await userNames([
    ...inspection.items.map((i) => i.updatedById),
    ...events.map((e) => e.actorId),
    inspection.signedOffById,
  ]);
  return { ...inspection, events, membership, names: Object.fromEntries(names) as Record<string, string> };
}
export type InspectionDetail = NonNullable<Awaited<ReturnType<typeof getInspection>>>;

/** Versions of the inspected unit's records, to link as evidence (DOST staff on the team only reach this). */
export function listUnitRecordVersions(_scope: Scope, agencyId: string) {
  return db.recordVersion.findMany({
    where: { record: { agencyId } },
    select: { id: true, number: true, createdAt: true, record: { select: { title: true, category: true } } },
    orderBy: [{ record: { title: "asc" } }, { number: "desc" }],
    take: 200,
  });
}

/** A stored evidence file of an inspection the actor may read; null when out of sight or not a file. */
export function getEvidenceFile(scope: Scope, inspectionId: string, evidenceId: string) {
  return db.inspectionEvidence.findFirst({
    where: { id: evidenceId, kind: "FILE", fileKey: { not: null }, inspection: visible(scope, { id: inspectionId }) },
    select: { fileKey: true, fileName: true, fileSize: true, contentType: true },
  });
}
