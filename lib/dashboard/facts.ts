import "server-only";
import { isoDay } from "@/lib/dates";
import { baseRequiredCategories } from "@/lib/documents";
import { unresolved } from "@/lib/findings/schema";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChecklistStandard, FindingSeverity, OnSiteCategory, OverallResult } from "@/lib/generated/prisma/enums";
import { inPlans, inRegion, signedOffByThen, type DashboardFilter } from "./filter";

/*
 * The dashboard's rows, read with SQL over the filter (lib/dashboard/filter.ts): one row per unit in the dossier
 * scope, and findings already grouped. No section reads checklist items: a signed-off inspection's score is its
 * stored tally (Inspection.itemsConforming / itemsApplicable, kept by triggers). The pure shaping into figures is in
 * aggregate.ts, tested on fixtures.
 */

/** One inspection of a unit as of the filter's day: done (signed off by then), in progress (started, not done). */
export type StageFact = {
  id: string;
  done: boolean;
  inProgress: boolean;
  /** The tally of a done inspection (null otherwise, or when nothing applied). */
  conforming: number | null;
  applicable: number | null;
  result: OverallResult | null;
};

export type UnitFact = {
  id: string;
  name: string;
  sortKey: string;
  kindVi: string;
  kindEn: string;
  level: number;
  kindOrder: number;
  /** The district-level unit the unit is (level 2) or belongs to (a commune's parent); null otherwise. */
  districtId: string | null;
  districtName: string | null;
  onSite: boolean;
  category: OnSiteCategory | null;
  dossier: StageFact | null;
  onSiteStage: StageFact | null;
  /** An annual report of the year submitted by the end of the day. */
  annualReport: boolean;
};

type UnitRow = {
  id: string;
  name: string;
  sort_key: string;
  kind_vi: string;
  kind_en: string;
  level: number;
  kind_order: number;
  district_id: string | null;
  district_name: string | null;
  on_site: boolean;
  category: OnSiteCategory | null;
  d_id: string | null;
  d_done: boolean | null;
  d_wip: boolean | null;
  d_conforming: number | null;
  d_applicable: number | null;
  d_result: OverallResult | null;
  o_id: string | null;
  o_done: boolean | null;
  o_wip: boolean | null;
  o_conforming: number | null;
  o_applicable: number | null;
  o_result: OverallResult | null;
  annual_report: boolean;
};

export async function unitFacts(filter: DashboardFilter): Promise<UnitFact[]> {
  const done = signedOffByThen(filter, Prisma.sql`i`);
  const rows = await db.$queryRaw<UnitRow[]>`
    WITH t AS (
      SELECT pt."agencyId" AS id, bool_or(pt."onSite") AS on_site,
             min(pt."onSiteCategory"::text) FILTER (WHERE pt."onSite") AS category
        FROM plan_target pt
       WHERE ${inPlans(filter, Prisma.sql`pt."planId"`)} AND pt."inDossier"
       GROUP BY pt."agencyId"),
    -- One inspection of each kind per unit: the one done by then when there is one (the latest signed off).
    s AS (
      SELECT DISTINCT ON (i."agencyId", i.kind) i."agencyId" AS agency_id, i.kind, i.id, ${done} AS done,
             (i."startedAt" <= ${filter.end} AND NOT ${done}) AS wip,
             CASE WHEN ${done} THEN i."itemsConforming" END AS conforming,
             CASE WHEN ${done} THEN i."itemsApplicable" END AS applicable,
             CASE WHEN ${done} THEN i."overallResult" END AS result
        FROM inspection i
       WHERE ${inPlans(filter, Prisma.sql`i."planId"`)}
       ORDER BY i."agencyId", i.kind, 4 DESC, i."signedOffAt" DESC NULLS LAST),
    r AS (
      SELECT DISTINCT ar."agencyId" AS agency_id
        FROM annual_report ar JOIN record_version v ON v.id = ar."versionId"
       WHERE ar.year = ${filter.year} AND v."createdAt" <= ${filter.end})
    SELECT a.id, a.name, a."sortKey" AS sort_key, k."nameVi" AS kind_vi, k."nameEn" AS kind_en, k.level,
           k."sortOrder" AS kind_order,
           CASE WHEN k.level = 2 THEN a.id WHEN k.level >= 3 THEN a."parentId" END AS district_id,
           CASE WHEN k.level = 2 THEN a.name WHEN k.level >= 3 THEN p.name END AS district_name,
           t.on_site, t.category::"OnSiteCategory" AS category,
           d.id AS d_id, d.done AS d_done, d.wip AS d_wip, d.conforming AS d_conforming,
           d.applicable AS d_applicable, d.result AS d_result,
           o.id AS o_id, o.done AS o_done, o.wip AS o_wip, o.conforming AS o_conforming,
           o.applicable AS o_applicable, o.result AS o_result,
           r.agency_id IS NOT NULL AS annual_report
      FROM t
      JOIN agency a ON a.id = t.id
      JOIN agency_kind k ON k.id = a."kindId"
      LEFT JOIN agency p ON p.id = a."parentId"
      LEFT JOIN s d ON d.agency_id = a.id AND d.kind = 'DOSSIER'
      LEFT JOIN s o ON o.agency_id = a.id AND o.kind = 'ON_SITE'
      LEFT JOIN r ON r.agency_id = a.id
     WHERE ${inRegion(filter, Prisma.sql`a`)}
     ORDER BY k."sortOrder", a."sortKey"`;
  const stageOf = (
    id: string | null,
    done: boolean | null,
    wip: boolean | null,
    conforming: number | null,
    applicable: number | null,
    result: OverallResult | null,
  ): StageFact | null =>
    id === null
      ? null
      : { id, done: done === true, inProgress: wip === true, conforming, applicable, result: result ?? null };
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    sortKey: r.sort_key,
    kindVi: r.kind_vi,
    kindEn: r.kind_en,
    level: r.level,
    kindOrder: r.kind_order,
    districtId: r.district_id,
    districtName: r.district_name,
    onSite: r.on_site,
    category: r.category,
    dossier: stageOf(r.d_id, r.d_done, r.d_wip, r.d_conforming, r.d_applicable, r.d_result),
    onSiteStage: stageOf(r.o_id, r.o_done, r.o_wip, r.o_conforming, r.o_applicable, r.o_result),
    annualReport: r.annual_report,
  }));
}

/** Findings raised by the end of the day in inspections done by then, by clause group and severity. */
export type FindingGroupFact = {
  standard: ChecklistStandard;
  /** ChecklistItem.clauseGroup; empty for template versions before groups (then `clause` names it). */
  clauseGroup: string;
  clause: string | null;
  severity: FindingSeverity;
  count: number;
};

/** The findings counted: raised by the end of the day, in inspections done by then, of units in the region. */
const countedFindings = (filter: DashboardFilter, joins: Prisma.Sql = Prisma.empty) => Prisma.sql`
  finding f
  JOIN inspection i ON i.id = f."inspectionId"
  JOIN agency a ON a.id = f."agencyId"
  ${joins}
 WHERE ${inPlans(filter, Prisma.sql`i."planId"`)} AND ${signedOffByThen(filter, Prisma.sql`i`)}
   AND f."createdAt" <= ${filter.end} AND ${inRegion(filter, Prisma.sql`a`)}`;

export async function findingGroupFacts(filter: DashboardFilter): Promise<FindingGroupFact[]> {
  const rows = await db.$queryRaw<(Omit<FindingGroupFact, "count"> & { count: number })[]>`
    SELECT tpl.standard, ci."clauseGroup" AS "clauseGroup",
           CASE WHEN ci."clauseGroup" = '' THEN ci.clause END AS clause, f.severity, count(*)::int AS count
      FROM ${countedFindings(
        filter,
        Prisma.sql`JOIN inspection_item it ON it.id = f."itemId"
                   JOIN checklist_item ci ON ci.id = it."checklistItemId"
                   JOIN checklist_template tpl ON tpl.id = ci."templateId"`,
      )}
     GROUP BY 1, 2, 3, 4`;
  return rows;
}

/** Findings that repeat an earlier one (Finding.repeatOfId), by unit. */
export async function repeatFacts(
  filter: DashboardFilter,
): Promise<{ agencyId: string; name: string; repeats: number }[]> {
  return db.$queryRaw`
    SELECT a.id AS "agencyId", a.name, count(*)::int AS repeats
      FROM ${countedFindings(filter)} AND f."repeatOfId" IS NOT NULL
     GROUP BY a.id, a.name, a."sortKey"
     ORDER BY 3 DESC, a."sortKey"`;
}

/**
 * The corrective-action loop of the nonconformities (not recommendations) counted, as of the end of the day:
 * answered (an answer submitted by then), accepted (an answer accepted by then), closed by then, and overdue: due
 * before the day, still owed by the unit (no answer by then, or the latest rejected by then) and not closed by then.
 */
export type CorrectiveFacts = {
  nonconformities: number;
  answered: number;
  accepted: number;
  closed: number;
  overdue: number;
  /** The units with the most overdue nonconformities (most first, then by name), at most 10. */
  topOverdue: { agencyId: string; name: string; overdue: number }[];
};

export async function correctiveFacts(filter: DashboardFilter): Promise<CorrectiveFacts> {
  const rows = await db.$queryRaw<
    {
      agency_id: string;
      name: string;
      sort_key: string;
      n: number;
      answered: number;
      accepted: number;
      closed: number;
      overdue: number;
    }[]
  >`
    WITH nc AS (
      SELECT f.id, a.id AS agency_id, a.name, a."sortKey" AS sort_key, f."dueDate", f."closedAt"
        FROM ${countedFindings(filter)} AND f.severity <> 'RECOMMENDATION'),
    facts AS (
      SELECT nc.*, latest.status AS latest_status, latest."verifiedAt" AS latest_verified,
             EXISTS (SELECT 1 FROM corrective_answer x WHERE x."findingId" = nc.id AND x.status = 'ACCEPTED'
                        AND x."verifiedAt" <= ${filter.end}) AS accepted
        FROM nc
        LEFT JOIN LATERAL (
          SELECT ca.status, ca."verifiedAt" FROM corrective_answer ca
           WHERE ca."findingId" = nc.id AND ca."submittedAt" <= ${filter.end}
           ORDER BY ca.round DESC LIMIT 1) latest ON TRUE)
    SELECT agency_id, name, sort_key, count(*)::int AS n,
           count(*) FILTER (WHERE latest_status IS NOT NULL)::int AS answered,
           count(*) FILTER (WHERE accepted)::int AS accepted,
           count(*) FILTER (WHERE "closedAt" <= ${filter.end})::int AS closed,
           count(*) FILTER (WHERE "dueDate" < ${isoDay(filter.asOf)}::date
                              AND (latest_status IS NULL
                                   OR (latest_status = 'REJECTED' AND latest_verified <= ${filter.end}))
                              AND ("closedAt" IS NULL OR "closedAt" > ${filter.end}))::int AS overdue
      FROM facts
     GROUP BY agency_id, name, sort_key`;
  const sum = (key: "n" | "answered" | "accepted" | "closed" | "overdue") => rows.reduce((s, r) => s + r[key], 0);
  return {
    nonconformities: sum("n"),
    answered: sum("answered"),
    accepted: sum("accepted"),
    closed: sum("closed"),
    overdue: sum("overdue"),
    topOverdue: rows
      .filter((r) => r.overdue > 0)
      .sort((a, b) => b.overdue - a.overdue || (a.sort_key < b.sort_key ? -1 : a.sort_key > b.sort_key ? 1 : 0))
      .slice(0, 10)
      .map((r) => ({ agencyId: r.agency_id, name: r.name, overdue: r.overdue })),
  };
}

/**
 * Records completeness of each unit in the filter's scope, read as it is now (not as of the day): the same rule as
 * lib/documents/completeness (rules.ts: the required categories, a record answering the plan by its plan or, naming
 * none, by its latest version's dates; accepted ÷ required, rounded down), in one statement for every plan at once.
 * A unit in several plans takes its best figure. A db test holds it to unitCompleteness.
 */
export async function completenessFacts(filter: DashboardFilter): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ agency_id: string; percent: number }[]>`
    WITH t AS (
      SELECT pt."planId" AS plan_id, pt."agencyId" AS agency_id, p.year
        FROM plan_target pt
        JOIN inspection_plan p ON p.id = pt."planId"
        JOIN agency a ON a.id = pt."agencyId"
       WHERE ${inPlans(filter, Prisma.sql`pt."planId"`)} AND pt."inDossier" AND ${inRegion(filter, Prisma.sql`a`)}),
    open AS (
      SELECT DISTINCT i."planId" AS plan_id, f."agencyId" AS agency_id
        FROM finding f JOIN inspection i ON i.id = f."inspectionId"
       WHERE ${inPlans(filter, Prisma.sql`i."planId"`)}
         AND f.status::text = ANY(${[...unresolved]}::text[])),
    accepted AS (
      SELECT t.plan_id, t.agency_id, count(DISTINCT r.category)::int AS n
        FROM t
        JOIN qms_record r ON r."agencyId" = t.agency_id AND (r."planId" = t.plan_id OR r."planId" IS NULL)
        LEFT JOIN LATERAL (
          SELECT v."periodFrom", v."periodTo", v."effectiveDate" FROM record_version v
           WHERE v."recordId" = r.id ORDER BY v.number DESC LIMIT 1) v ON TRUE
       WHERE r.status = 'ACCEPTED'
         AND (r."planId" = t.plan_id
              OR extract(year FROM v."effectiveDate") = t.year
              OR (extract(year FROM v."periodFrom") <= t.year AND extract(year FROM v."periodTo") >= t.year))
         AND (r.category::text = ANY(${[...baseRequiredCategories]}::text[])
              OR (r.category = 'CORRECTIVE_ACTION'
                  AND EXISTS (SELECT 1 FROM open o WHERE o.plan_id = t.plan_id AND o.agency_id = t.agency_id)))
       GROUP BY t.plan_id, t.agency_id)
    SELECT t.agency_id,
           max(floor(coalesce(acc.n, 0) * 100.0
                     / (${baseRequiredCategories.length} + CASE WHEN o.agency_id IS NULL THEN 0 ELSE 1 END)))::int
             AS percent
      FROM t
      LEFT JOIN accepted acc ON acc.plan_id = t.plan_id AND acc.agency_id = t.agency_id
      LEFT JOIN open o ON o.plan_id = t.plan_id AND o.agency_id = t.agency_id
     GROUP BY t.agency_id`;
  return new Map(rows.map((r) => [r.agency_id, r.percent]));
}
