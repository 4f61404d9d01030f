import "server-only";
import type { Actor, Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InspectionKind, InspectionStatus, OverallResult, StandardVersion } from "@/lib/generated/prisma/enums";
import { searchWords } from "@/lib/text/normalize";
import type { InspectionListQuery } from "./schema";

/**
 * inspectionVisibility (policy.ts) as SQL over the inspection `i`, for the list's page query. The two must agree:
 * tests/db/inspections-list.test.ts lists as every role through both.
 */
export function inspectionVisibilitySql(actor: Pick<Actor, "id" | "role" | "agencyId">): Prisma.Sql {
  switch (actor.role) {
    case "DOST_ADMIN":
    case "DOST_INSPECTOR":
      return Prisma.sql`TRUE`;
    case "PARTNER_INSPECTOR":
      return Prisma.sql`EXISTS (SELECT 1 FROM plan_member m WHERE m."planId" = i."planId" AND m."userId" = ${actor.id}::uuid)`;
    case "COMMITTEE_VIEWER":
      return Prisma.sql`i.status = 'SIGNED_OFF'`;
    case "AGENCY_OFFICER":
      return actor.agencyId
        ? Prisma.sql`i."agencyId" = ${actor.agencyId}::uuid AND i.status = 'SIGNED_OFF'`
        : Prisma.sql`FALSE`;
  }
}

/** A plan in the list's plan filter. */
export type InspectionPlanOption = { id: string; number: string; year: number; version: number };

/**
 * The plans that have inspections the actor may read (the list's plan filter, newest first), as one JSON text value:
 * a subquery, so the list's count statement carries it (each statement costs the server a round of its own).
 */
export const inspectionPlansJsonSql = (actor: Pick<Actor, "id" | "role" | "agencyId">) => Prisma.sql`
  (SELECT coalesce(json_agg(json_build_object('id', p.id, 'number', p.number, 'year', p.year, 'version', p.version)
                            ORDER BY p.year DESC, p.number, p.version DESC), '[]')::text
     FROM inspection_plan p
    WHERE EXISTS (SELECT 1 FROM inspection i WHERE i."planId" = p.id AND ${inspectionVisibilitySql(actor)}))`;

/** A row of the /kiem-tra list, as the page draws it (the shape listPlanInspections' rows have too). */
export type InspectionListRow = {
  id: string;
  kind: InspectionKind;
  status: InspectionStatus;
  standardVersion: StandardVersion;
  overallResult: OverallResult | null;
  signedOffAt: Date | null;
  agency: { id: string; code: string; name: string };
  plan: { id: string; number: string; year: number; version: number };
  assignees: { member: { id: string; user: { name: string } } }[];
  _count: { items: number; findings: number };
  /** Items with a result. */
  assessed: number;
};

type FlatRow = Omit<InspectionListRow, "agency" | "plan" | "assignees" | "_count"> & {
  agency_id: string;
  agency_code: string;
  agency_name: string;
  plan_id: string;
  plan_number: string;
  plan_year: number;
  plan_version: number;
  assignees: { id: string; name: string }[];
  items: number;
  findings: number;
};

/**
 * One page of the inspections the actor may read under the list's filters (newest plan year first, then unit and
 * form; the id last, as units of the same name in two provinces would otherwise swap places between pages), with
 * their unit, plan, assignees and counts, and how many match. In SQL: Prisma joins the plan and the unit of its
 * `orderBy` with LEFT JOINs, which keep Postgres from walking the plans newest first (it sorts every inspection
 * instead: 42,587 at national scale), and reads the relations and counts in five statements where one does. With
 * `withPlans`, also the plan filter's plans (inspectionPlansJsonSql; none without).
 */
export async function inspectionListPage(
  scope: Scope,
  query: InspectionListQuery,
  pageSize: number,
  { withPlans = false }: { withPlans?: boolean } = {},
): Promise<{ rows: InspectionListRow[]; total: number; plans: InspectionPlanOption[] }> {
  const tokens = searchWords(query.q);
  const conditions = [
    inspectionVisibilitySql(scope.actor),
    ...(query.kind ? [Prisma.sql`i.kind = ${query.kind}::"InspectionKind"`] : []),
    ...(query.status ? [Prisma.sql`i.status = ${query.status}::"InspectionStatus"`] : []),
    ...(query.plan ? [Prisma.sql`i."planId" = ${query.plan}::uuid`] : []),
    ...(query.mine
      ? [
          Prisma.sql`EXISTS (SELECT 1 FROM inspection_assignee ia JOIN plan_member m ON m.id = ia."memberId"
                              WHERE ia."inspectionId" = i.id AND m."userId" = ${scope.actor.id}::uuid)`,
        ]
      : []),
    // Every word must match, as Prisma's `contains` in the other lists (which passes LIKE's wildcards through).
    ...tokens.map((token) => Prisma.sql`a."searchText" LIKE ${`%${token}%`}`),
  ];
  const where = Prisma.join(conditions, " AND ");
  const [flat, [count]] = await Promise.all([
    // Flat columns, shaped below: building JSON objects in the database for every row cost as much as the query.
    db.$queryRaw<FlatRow[]>`
      WITH page AS (
        SELECT i.id, i.kind, i.status, i."standardVersion", i."overallResult", i."signedOffAt",
               a.id AS agency_id, a.code AS agency_code, a.name AS agency_name,
               p.id AS plan_id, p.number AS plan_number, p.year AS plan_year, p.version AS plan_version,
               a."sortKey"
          FROM inspection i JOIN agency a ON a.id = i."agencyId" JOIN inspection_plan p ON p.id = i."planId"
         WHERE ${where}
         ORDER BY p.year DESC, a."sortKey", i.kind, i.id
         LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize})
      SELECT page.id, page.kind::text AS kind, page.status::text AS status,
             page."standardVersion"::text AS "standardVersion", page."overallResult"::text AS "overallResult",
             page."signedOffAt", page.agency_id, page.agency_code, page.agency_name,
             page.plan_id, page.plan_number, page.plan_year, page.plan_version,
             (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', u.name) ORDER BY m.id), '[]')
                FROM inspection_assignee ia JOIN plan_member m ON m.id = ia."memberId"
                JOIN user_account u ON u.id = m."userId" WHERE ia."inspectionId" = page.id) AS assignees,
             counted.items, counted.assessed,
             (SELECT count(*)::int FROM finding f WHERE f."inspectionId" = page.id) AS findings
        FROM page
        -- The items and the assessed ones in one pass over each inspection's items.
        CROSS JOIN LATERAL (SELECT count(*)::int AS items, (count(*) FILTER (WHERE it.result IS NOT NULL))::int AS assessed
                              FROM inspection_item it WHERE it."inspectionId" = page.id) counted
       ORDER BY page.plan_year DESC, page."sortKey", page.kind, page.id`,
    // The count (and, asked, the plan filter's plans) in a statement of its own: a window count on the page's
    // statement would make Postgres sort every matching inspection instead of keeping the first page's.
    db.$queryRaw<{ total: number; plans: string | null }[]>`
      SELECT (SELECT count(*)::int
                FROM inspection i ${tokens.length ? Prisma.sql`JOIN agency a ON a.id = i."agencyId"` : Prisma.empty}
               WHERE ${where}) AS total,
             ${withPlans ? inspectionPlansJsonSql(scope.actor) : Prisma.sql`NULL`} AS plans`,
  ]);
  const rows = flat.map((r): InspectionListRow => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    standardVersion: r.standardVersion,
    overallResult: r.overallResult,
    signedOffAt: r.signedOffAt,
    agency: { id: r.agency_id, code: r.agency_code, name: r.agency_name },
    plan: { id: r.plan_id, number: r.plan_number, year: r.plan_year, version: r.plan_version },
    assignees: r.assignees.map((m) => ({ member: { id: m.id, user: { name: m.name } } })),
    _count: { items: r.items, findings: r.findings },
    assessed: r.assessed,
  }));
  return { rows, total: count?.total ?? 0, plans: JSON.parse(count?.plans ?? "[]") as InspectionPlanOption[] };
}
