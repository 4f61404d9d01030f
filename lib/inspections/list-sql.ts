import "server-only";
import type { Actor, Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { foldForSearch } from "@/lib/text/normalize";
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

/**
 * One page of the ids of the inspections the actor may read under the list's filters (newest plan year first,
 * then unit and form; the id last, as units of the same name in two provinces would otherwise swap places between
 * pages), and how many there are. In SQL because Prisma joins the plan and the unit of its `orderBy` with LEFT
 * JOINs, which keep Postgres from walking the plans newest first: it sorts every inspection instead (42,587 at
 * national scale, 2.5× the time; scripts/bench/lists.ts).
 */
export async function inspectionListPage(
  scope: Scope,
  query: InspectionListQuery,
  pageSize: number,
): Promise<{ ids: string[]; total: number }> {
  const tokens = query.q ? foldForSearch(query.q).split(" ").filter(Boolean).slice(0, 8) : [];
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
  const [page, [count]] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT i.id FROM inspection i
        JOIN agency a ON a.id = i."agencyId" JOIN inspection_plan p ON p.id = i."planId"
       WHERE ${where}
       ORDER BY p.year DESC, a."sortKey", i.kind, i.id
       LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}`,
    tokens.length
      ? db.$queryRaw<{ total: number }[]>`
          SELECT count(*)::int AS total FROM inspection i JOIN agency a ON a.id = i."agencyId" WHERE ${where}`
      : db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM inspection i WHERE ${where}`,
  ]);
  return { ids: page.map((r) => r.id), total: count?.total ?? 0 };
}
