import "server-only";
import { agencyIdFilter, type Scope } from "@/lib/auth/actor";
import { unitsInScopeSql } from "@/lib/auth/scope-sql";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RecordCategory, ReviewStatus } from "@/lib/generated/prisma/enums";
import { searchWords } from "@/lib/text/normalize";
import { userNames } from "@/lib/users";
import { recordPlanVisibility, recordVisibility } from "./policy";
import type { RecordListQuery } from "./schema";

export const recordPageSize = 30;

/**
 * Records the scope may see, narrowed by `where`: the scope is always the first condition — its units, and
 * what the actor's role sees of them (recordVisibility). Reads and writes of records both go through it.
 */
export const visibleRecords = (scope: Scope, where: Prisma.QmsRecordWhereInput = {}): Prisma.QmsRecordWhereInput => ({
  AND: [{ agencyId: agencyIdFilter(scope) }, recordVisibility(scope.actor), where],
});

/**
 * recordVisibility (policy.ts) and the scope's units as SQL over the record `r`, for the list's statements. The two
 * must agree: tests/db/records-list.test.ts lists as every role through both.
 */
function visibleRecordsSql(scope: Scope): Prisma.Sql {
  const { actor } = scope;
  const units = unitsInScopeSql(scope, Prisma.sql`r."agencyId"`);
  switch (actor.role) {
    case "DOST_ADMIN":
    case "DOST_INSPECTOR":
    case "COMMITTEE_VIEWER":
      return units;
    case "PARTNER_INSPECTOR":
      return Prisma.sql`${units} AND EXISTS (SELECT 1 FROM plan_target t JOIN plan_member m ON m."planId" = t."planId"
                                              WHERE t."agencyId" = r."agencyId" AND m."userId" = ${actor.id}::uuid)`;
    case "AGENCY_OFFICER":
      return actor.agencyId ? Prisma.sql`${units} AND r."agencyId" = ${actor.agencyId}::uuid` : Prisma.sql`FALSE`;
  }
}

type RecordRow = {
  id: string;
  category: RecordCategory;
  title: string;
  status: ReviewStatus;
  latestVersion: number;
  updatedAt: Date;
  agency_id: string;
  agency_name: string;
  plan_id: string | null;
  plan_number: string | null;
  plan_year: number | null;
  periodFrom: Date | null;
  periodTo: Date | null;
  effectiveDate: Date | null;
  version_created_at: Date | null;
  last_comment: string | null;
};

/**
 * One page of records, newest change first (the review queue for DOST, the unit's own list for an officer), each
 * with its latest version's dates and the last comment of its thread, and how many match. In SQL: the model query
 * read the page's unit, plan, latest version and last comment in a statement each, and at national scale (53,081
 * records) cost twice the statements below (scripts/bench/lists.ts). The count is a statement of its own: a window
 * count would make Postgres sort every matching record instead of keeping the first page's.
 */
export async function listRecords(scope: Scope, query: RecordListQuery) {
  const tokens = searchWords(query.q);
  const where = Prisma.join(
    [
      visibleRecordsSql(scope),
      ...(query.category ? [Prisma.sql`r.category = ${query.category}::"RecordCategory"`] : []),
      ...(query.status ? [Prisma.sql`r.status = ${query.status}::"ReviewStatus"`] : []),
      ...(query.plan ? [Prisma.sql`r."planId" = ${query.plan}::uuid`] : []),
      // Unit names are searched without diacritics (agency.searchText is folded the same way); every word must match.
      ...tokens.map((token) => Prisma.sql`a."searchText" LIKE ${`%${token}%`}`),
    ],
    " AND ",
  );
  const from = tokens.length ? Prisma.sql`qms_record r JOIN agency a ON a.id = r."agencyId"` : Prisma.sql`qms_record r`;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<RecordRow[]>`
      WITH page AS (SELECT r.id FROM ${from} WHERE ${where}
                     ORDER BY r."updatedAt" DESC, r.id
                     LIMIT ${recordPageSize}::int OFFSET ${(query.page - 1) * recordPageSize}::int)
      SELECT r.id::text AS id, r.category::text AS category, r.title, r.status::text AS status, r."latestVersion",
             r."updatedAt", a.id::text AS agency_id, a.name AS agency_name, p.id::text AS plan_id,
             p.number AS plan_number, p.year AS plan_year, v."periodFrom", v."periodTo", v."effectiveDate",
             v."createdAt" AS version_created_at, e.comment AS last_comment
        FROM page JOIN qms_record r ON r.id = page.id JOIN agency a ON a.id = r."agencyId"
        LEFT JOIN inspection_plan p ON p.id = r."planId"
        LEFT JOIN LATERAL (SELECT "periodFrom", "periodTo", "effectiveDate", "createdAt" FROM record_version
                            WHERE "recordId" = r.id ORDER BY number DESC LIMIT 1) v ON TRUE
        LEFT JOIN LATERAL (SELECT comment FROM record_event WHERE "recordId" = r.id AND comment IS NOT NULL
                            ORDER BY at DESC LIMIT 1) e ON TRUE
       ORDER BY r."updatedAt" DESC, r.id`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM ${from} WHERE ${where}`,
  ]);
  const records = rows.map((r) => ({
    id: r.id,
    category: r.category,
    title: r.title,
    status: r.status,
    latestVersion: r.latestVersion,
    updatedAt: r.updatedAt,
    agency: { id: r.agency_id, name: r.agency_name },
    plan: r.plan_id === null ? null : { id: r.plan_id, number: r.plan_number!, year: r.plan_year! },
    latest:
      r.version_created_at === null
        ? null
        : {
            periodFrom: r.periodFrom,
            periodTo: r.periodTo,
            effectiveDate: r.effectiveDate,
            createdAt: r.version_created_at,
          },
    lastComment: r.last_comment,
  }));
  const total = count?.total ?? 0;
  return { records, total, pages: Math.max(1, Math.ceil(total / recordPageSize)) };
}
export type RecordListItem = Awaited<ReturnType<typeof listRecords>>["records"][number];

/** One record with every version (newest first), its files, the annual report form data and the full thread; null out of scope. */
export async function getRecord(scope: Scope, id: string) {
  const record = await db.qmsRecord.findFirst({
    where: visibleRecords(scope, { id }),
    include: {
      agency: { select: { id: true, name: true, code: true } },
      plan: { select: { id: true, number: true, year: true } },
      versions: {
        orderBy: { number: "desc" },
        include: { files: { orderBy: { createdAt: "asc" } }, annualReport: true },
      },
      events: { orderBy: { at: "asc" } },
    },
  });
  if (!record) return null;
  const people = await userNames([
    ...record.versions.flatMap((v) => [v.uploadedById, v.reviewedById, ...v.files.map((f) => f.uploadedById)]),
    ...record.events.map((e) => e.actorId),
  ]);
  return { ...record, people: Object.fromEntries(people) as Record<string, string> };
}
export type RecordDetail = NonNullable<Awaited<ReturnType<typeof getRecord>>>;

/** A record's owner, category and status, or null out of scope: routes answer 404 before reading a body. */
export function findRecordHead(scope: Scope, id: string) {
  return db.qmsRecord.findFirst({
    where: visibleRecords(scope, { id }),
    select: { id: true, agencyId: true, category: true, status: true },
  });
}

/** A stored file of a record the scope may see; null otherwise (the file route answers 404). */
export function getRecordFile(scope: Scope, fileId: string) {
  return db.recordFile.findFirst({
    where: { id: fileId, version: { record: visibleRecords(scope) } },
    select: { id: true, storageKey: true, fileName: true, contentType: true, size: true },
  });
}

/**
 * Plans a record may answer or the queue may be filtered by: plans the actor sees (an officer: approved
 * plans in which their unit is in the dossier), newest year first.
 */
export function listRecordPlans(scope: Scope) {
  return db.inspectionPlan.findMany({
    where: recordPlanVisibility(scope.actor),
    orderBy: [{ year: "desc" }, { number: "asc" }],
    select: { id: true, number: true, year: true, title: true, status: true },
  });
}

/** DOST's requests for missing records addressed to units the scope sees, newest first. */
export function listRecordRequests(scope: Scope, where: { agencyId?: string; planId?: string } = {}, take = 10) {
  return db.recordRequest.findMany({
    where: { AND: [{ agencyId: agencyIdFilter(scope) }, where] },
    orderBy: { at: "desc" },
    take,
    select: {
      id: true,
      agencyId: true,
      planId: true,
      categories: true,
      comment: true,
      at: true,
      plan: { select: { number: true, year: true } },
    },
  });
}
