import "server-only";
import { agencyIdFilter, type Scope } from "@/lib/auth/actor";
import { isDostStaff } from "@/lib/auth/roles";
import { unitsInScopeSql } from "@/lib/auth/scope-sql";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FindingSeverity, FindingStatus, InspectionKind } from "@/lib/generated/prisma/enums";
import { inspectionVisibilitySql } from "@/lib/inspections";
import { findingVisibility, inspectionVisibility } from "@/lib/inspections/policy";
import { todayInVietnam } from "@/lib/text/dates";
import { searchWords } from "@/lib/text/normalize";
import { awaitingUnit, unresolved, type FindingListQuery, type FindingStatusValue } from "./schema";

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
  const tokens = searchWords(query.q);
  for (const token of tokens) and.push({ agency: { searchText: { contains: token } } });
  if (query.severity) and.push({ severity: query.severity });
  if (query.status) and.push({ status: query.status });
  if (query.overdue === "yes")
    and.push({ status: { in: [...awaitingUnit] }, severity: { not: "RECOMMENDATION" }, dueDate: { lt: today } });
  return { AND: and };
}

/** What a row of the list and of the corrective queue shows. */
export const findingListSelect = {
  id: true,
  number: true,
  clause: true,
  severity: true,
  description: true,
  dueDate: true,
  status: true,
  repeatOfId: true,
  agency: { select: { id: true, name: true } },
  inspection: {
    select: { id: true, kind: true, recordDate: true, plan: { select: { id: true, number: true, year: true } } },
  },
} satisfies Prisma.FindingSelect;

/** The list's and the queue's order: soonest due first (no due date last), then unit, inspection and number. */
export const findingListOrder: Prisma.FindingOrderByWithRelationInput[] = [
  { dueDate: { sort: "asc", nulls: "last" } },
  { agency: { sortKey: "asc" } },
  { inspectionId: "asc" },
  { number: "asc" },
];

type FindingRow = {
  id: string;
  number: number;
  clause: string;
  severity: FindingSeverity;
  description: string;
  dueDate: Date | null;
  status: FindingStatus;
  repeatOfId: string | null;
  agency_id: string;
  agency_name: string;
  inspection_id: string;
  inspection_kind: InspectionKind;
  inspection_record_date: Date | null;
  plan_id: string;
  plan_number: string;
  plan_year: number;
};

/**
 * findingWhere as SQL over the finding `f`, its inspection `i` and its unit `a`, for the list's statements, with
 * the joins it needs: the inspection for a role that does not see every inspection or a plan filter, the unit for a
 * search (a join Postgres does not need costs it the rows of 120,000 findings at national scale). The two must
 * agree: tests/db/findings-list.test.ts lists as every role under every filter through both.
 */
function findingWhereSql(scope: Scope, query: Omit<FindingListQuery, "page">, today: Date) {
  // DOST staff read every inspection (inspectionVisibility): their list needs neither the condition nor the join.
  const seesEveryInspection = isDostStaff(scope.actor);
  const tokens = searchWords(query.q);
  const where = Prisma.join(
    [
      ...(seesEveryInspection ? [] : [inspectionVisibilitySql(scope.actor)]),
      unitsInScopeSql(scope, Prisma.sql`f."agencyId"`),
      ...(query.plan ? [Prisma.sql`i."planId" = ${query.plan}::uuid`] : []),
      ...(query.inspection ? [Prisma.sql`f."inspectionId" = ${query.inspection}::uuid`] : []),
      // Every word must match, as Prisma's `contains` in the other lists (which passes LIKE's wildcards through).
      ...tokens.map((token) => Prisma.sql`a."searchText" LIKE ${`%${token}%`}`),
      ...(query.severity ? [Prisma.sql`f.severity = ${query.severity}::"FindingSeverity"`] : []),
      ...(query.status ? [Prisma.sql`f.status = ${query.status}::"FindingStatus"`] : []),
      ...(query.overdue === "yes"
        ? [
            Prisma.sql`f.status::text = ANY(${[...awaitingUnit]}::text[]) AND f.severity <> 'RECOMMENDATION'
                       AND f."dueDate" < ${today}::date`,
          ]
        : []),
    ],
    " AND ",
  );
  const unit = Prisma.sql`JOIN agency a ON a.id = f."agencyId"`;
  return {
    where,
    inspectionJoin:
      seesEveryInspection && !query.plan ? Prisma.empty : Prisma.sql`JOIN inspection i ON i.id = f."inspectionId"`,
    // The page always joins the unit (its order needs the unit's sort key); the count only for a search.
    unitJoin: unit,
    countUnitJoin: tokens.length ? unit : Prisma.empty,
  };
}

/**
 * One page of findings, soonest due first (no due date last), then by unit and number, and how many match. In SQL:
 * the page is chosen first (filters, order, page; the order needs the unit's sort key only) and the page's unit,
 * inspection and plan joined after, for its 50 rows only; the count is a statement of its own. The model queries
 * this replaces read the page's ids, then their relations, in a statement each.
 */
export async function listFindings(scope: Scope, query: FindingListQuery, today = todayInVietnam()) {
  const { where, inspectionJoin, unitJoin, countUnitJoin } = findingWhereSql(scope, query, today);
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<FindingRow[]>`
      WITH page AS (
        SELECT f.id, f."dueDate", a."sortKey", f."inspectionId", f.number
          FROM finding f ${unitJoin} ${inspectionJoin}
         WHERE ${where}
         ORDER BY f."dueDate" ASC NULLS LAST, a."sortKey", f."inspectionId", f.number
         LIMIT ${findingPageSize}::int OFFSET ${(query.page - 1) * findingPageSize}::int)
      SELECT f.id::text AS id, f.number, f.clause, f.severity::text AS severity, f.description, f."dueDate",
             f.status::text AS status, f."repeatOfId"::text AS "repeatOfId", a.id::text AS agency_id,
             a.name AS agency_name, i.id::text AS inspection_id, i.kind::text AS inspection_kind,
             i."recordDate" AS inspection_record_date, p.id::text AS plan_id, p.number AS plan_number,
             p.year AS plan_year
        FROM page JOIN finding f ON f.id = page.id JOIN agency a ON a.id = f."agencyId"
        JOIN inspection i ON i.id = f."inspectionId" JOIN inspection_plan p ON p.id = i."planId"
       ORDER BY page."dueDate" ASC NULLS LAST, page."sortKey", page."inspectionId", page.number`,
    db.$queryRaw<
      { total: number }[]
    >`SELECT count(*)::int AS total FROM finding f ${countUnitJoin} ${inspectionJoin} WHERE ${where}`,
  ]);
  const findings = rows.map((r) => ({
    id: r.id,
    number: r.number,
    clause: r.clause,
    severity: r.severity,
    description: r.description,
    dueDate: r.dueDate,
    status: r.status,
    repeatOfId: r.repeatOfId,
    agency: { id: r.agency_id, name: r.agency_name },
    inspection: {
      id: r.inspection_id,
      kind: r.inspection_kind,
      recordDate: r.inspection_record_date,
      plan: { id: r.plan_id, number: r.plan_number, year: r.plan_year },
    },
  }));
  const total = count?.total ?? 0;
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
      repeatOf: { select: { id: true, inspection: { select: { plan: { select: { year: true } } } } } },
      extensions: { where: { status: "REQUESTED" }, select: { id: true } },
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

/*
 * The corrective-action queue: the findings list's visibility and filters, with the actor's own work first —
 * an officer's findings that await the unit (OPEN, REJECTED), DOST's answers waiting for verification — and
 * then the rest, each part soonest due first. Without a status filter it holds unresolved findings only.
 */
export async function listCorrectiveQueue(
  scope: Scope,
  query: FindingListQuery,
  priority: readonly FindingStatusValue[],
  today = todayInVietnam(),
) {
  const base = findingWhere(scope, query, today);
  const where: Prisma.FindingWhereInput = query.status ? base : { AND: [base, { status: { in: [...unresolved] } }] };
  const first: Prisma.FindingWhereInput = { AND: [where, { status: { in: [...priority] } }] };
  const rest: Prisma.FindingWhereInput = { AND: [where, { status: { notIn: [...priority] } }] };
  const [firstCount, total] = await Promise.all([db.finding.count({ where: first }), db.finding.count({ where })]);
  const skip = (query.page - 1) * findingPageSize;
  const fromFirst = Math.max(0, Math.min(findingPageSize, firstCount - skip));
  const [a, b] = await Promise.all([
    fromFirst > 0
      ? db.finding.findMany({
          where: first,
          select: findingListSelect,
          orderBy: findingListOrder,
          skip,
          take: fromFirst,
        })
      : Promise.resolve([]),
    fromFirst < findingPageSize
      ? db.finding.findMany({
          where: rest,
          select: findingListSelect,
          orderBy: findingListOrder,
          skip: Math.max(0, skip - firstCount),
          take: findingPageSize - fromFirst,
        })
      : Promise.resolve([]),
  ]);
  return { findings: [...a, ...b], total, pages: Math.max(1, Math.ceil(total / findingPageSize)) };
}

const names = async (ids: (string | null | undefined)[]) => {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  const users = unique.length
    ? await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } })
    : [];
  return new Map(users.map((u) => [u.id, u.name]));
};

/**
 * A finding's corrective-action thread, for a finding the actor may read (the caller read it through
 * getFinding): every answer round with its evidence and verdict, the extension requests and decisions, the
 * events, and who did each (by name).
 */
export async function getFindingThread(scope: Scope, findingId: string) {
  const inScope = { id: findingId, AND: [findingVisibility(scope.actor), { agencyId: agencyIdFilter(scope) }] };
  const [answers, extensions, events] = await Promise.all([
    db.correctiveAnswer.findMany({
      where: { finding: inScope },
      orderBy: { round: "asc" },
      include: {
        evidence: {
          orderBy: { createdAt: "asc" },
          include: {
            recordVersion: { select: { id: true, number: true, record: { select: { id: true, title: true } } } },
          },
        },
      },
    }),
    db.dueDateExtension.findMany({ where: { finding: inScope }, orderBy: { requestedAt: "asc" } }),
    db.findingEvent.findMany({ where: { finding: inScope }, orderBy: { at: "asc" } }),
  ]);
  const who = await names([
    ...answers.flatMap((a) => [a.submittedById, a.verifiedById]),
    ...extensions.flatMap((e) => [e.requestedById, e.decidedById]),
    ...events.map((e) => e.actorId),
  ]);
  const name = (id: string | null) => (id ? (who.get(id) ?? "—") : "—");
  return {
    answers: answers.map((a) => ({ ...a, submittedBy: name(a.submittedById), verifiedBy: name(a.verifiedById) })),
    extensions: extensions.map((e) => ({ ...e, requestedBy: name(e.requestedById), decidedBy: name(e.decidedById) })),
    events: events.map((e) => ({ ...e, actor: name(e.actorId) })),
  };
}
export type FindingThread = Awaited<ReturnType<typeof getFindingThread>>;

/** Versions of the unit's own corrective-action records, newest first: what an answer may cite as evidence. */
export async function listCorrectiveRecordVersions(scope: Scope, agencyId: string) {
  return db.recordVersion.findMany({
    where: {
      record: { agencyId: { equals: agencyId, ...agencyIdFilter(scope) }, category: "CORRECTIVE_ACTION" },
    },
    select: { id: true, number: true, record: { select: { title: true } } },
    orderBy: [{ createdAt: "desc" }],
    take: 100,
  });
}

/**
 * One inspection's corrective-action reports page: the inspection (as the actor may read it), its
 * nonconformities that await the unit, and the reports already sent with their answers. Null: out of scope.
 */
export async function getInspectionCorrective(scope: Scope, inspectionId: string) {
  const inspection = await db.inspection.findFirst({
    where: { AND: [{ id: inspectionId }, inspectionVisibility(scope.actor), { agencyId: agencyIdFilter(scope) }] },
    select: {
      id: true,
      kind: true,
      status: true,
      agencyId: true,
      agency: { select: { name: true } },
      plan: { select: { id: true, number: true, year: true } },
    },
  });
  if (!inspection) return null;
  const [awaiting, reports] = await Promise.all([
    db.finding.findMany({
      where: { inspectionId, status: { in: [...awaitingUnit] }, severity: { not: "RECOMMENDATION" } },
      select: { id: true, number: true, clause: true, severity: true, description: true, dueDate: true, status: true },
      orderBy: { number: "asc" },
    }),
    db.correctiveReport.findMany({
      where: { inspectionId },
      orderBy: { submittedAt: "desc" },
      include: {
        answers: {
          select: { id: true, round: true, status: true, kind: true, finding: { select: { id: true, number: true } } },
          orderBy: { finding: { number: "asc" } },
        },
      },
    }),
  ]);
  const who = await names(reports.map((r) => r.submittedById));
  return {
    inspection,
    awaiting,
    reports: reports.map((r) => ({ ...r, submittedBy: who.get(r.submittedById) ?? "—" })),
  };
}

/** An evidence file of an answer to a finding the actor may read; null (404) otherwise. */
export function getCorrectiveEvidenceFile(scope: Scope, findingId: string, evidenceId: string) {
  return db.correctiveEvidence.findFirst({
    where: {
      id: evidenceId,
      answer: {
        finding: { id: findingId, AND: [findingVisibility(scope.actor), { agencyId: agencyIdFilter(scope) }] },
      },
    },
    select: { fileKey: true, fileName: true, fileSize: true, contentType: true },
  });
}
