import "server-only";
import { agencyIdFilter, type Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
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

export function recordListWhere(scope: Scope, query: Omit<RecordListQuery, "page">): Prisma.QmsRecordWhereInput {
  const and: Prisma.QmsRecordWhereInput[] = [];
  const tokens = searchWords(query.q);
  // Unit names are searched without diacritics (agency.searchText is folded the same way).
  for (const token of tokens) and.push({ agency: { searchText: { contains: token } } });
  if (query.category) and.push({ category: query.category });
  if (query.status) and.push({ status: query.status });
  if (query.plan) and.push({ planId: query.plan });
  return visibleRecords(scope, { AND: and });
}

/**
 * One page of records, newest submission first (the review queue for DOST, the unit's own list for an
 * officer), each with its latest version's dates and the last comment of its thread.
 */
export async function listRecords(scope: Scope, query: RecordListQuery) {
  const where = recordListWhere(scope, query);
  const [rows, total] = await Promise.all([
    db.qmsRecord.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * recordPageSize,
      take: recordPageSize,
      select: {
        id: true,
        category: true,
        title: true,
        status: true,
        latestVersion: true,
        updatedAt: true,
        agency: { select: { id: true, name: true } },
        plan: { select: { id: true, number: true, year: true } },
        versions: {
          orderBy: { number: "desc" },
          take: 1,
          select: { periodFrom: true, periodTo: true, effectiveDate: true, createdAt: true },
        },
        events: { where: { comment: { not: null } }, orderBy: { at: "desc" }, take: 1, select: { comment: true } },
      },
    }),
    db.qmsRecord.count({ where }),
  ]);
  const records = rows.map(({ versions, events, ...r }) => ({
    ...r,
    latest: versions[0] ?? null,
    lastComment: events[0]?.comment ?? null,
  }));
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
