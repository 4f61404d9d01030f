import "server-only";
import { agencyIdFilter, type Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { answersPlan, visibleRecords } from "@/lib/documents";
import { findingVisibility, inspectionVisibility } from "@/lib/inspections/policy";
import { visibleReport } from "@/lib/year-reports";
import { sentStatuses } from "@/lib/year-reports/policy";
import { visiblePlan } from "../access/open-for-change";

/*
 * The archive's reads. Each takes the caller's scope and puts it in its `where` (the plan's, the records', the
 * inspections', the findings', the reports' visibility), so an archive holds exactly what its reader may see.
 * They return descriptions only (names, keys, dates): the bytes are read from storage, or rendered, one file at
 * a time as the archive is written.
 */

/** The plan as the scope sees it, with what the archive's papers cite; null: not visible (404). */
export function getArchivePlan(scope: Scope, id: string) {
  return db.inspectionPlan.findFirst({
    where: visiblePlan(scope, { id }),
    select: {
      id: true,
      year: true,
      number: true,
      version: true,
      title: true,
      issuedOn: true,
      approvalNumber: true,
      approvalDate: true,
      approvalFileKey: true,
      approvalFileName: true,
      leadAgency: { select: { name: true } },
    },
  });
}
export type ArchivePlan = NonNullable<Awaited<ReturnType<typeof getArchivePlan>>>;

/**
 * The QMS records of the plan's dossier units that answer the plan (answersPlan: they name it, or name no plan
 * and cover its year), each with its latest version's files and, for an annual report, its form. Units in the
 * registry's order, then category and title.
 */
export async function listUnitRecords(scope: Scope, plan: { id: string; year: number }) {
  const records = await db.qmsRecord.findMany({
    where: visibleRecords(scope, {
      agency: { planTargets: { some: { planId: plan.id, inDossier: true } } },
      OR: [{ planId: plan.id }, { planId: null }],
    }),
    orderBy: [{ agency: { sortKey: "asc" } }, { category: "asc" }, { title: "asc" }, { id: "asc" }],
    select: {
      id: true,
      category: true,
      title: true,
      planId: true,
      status: true,
      agency: { select: { id: true, code: true, name: true } },
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: {
          number: true,
          periodFrom: true,
          periodTo: true,
          effectiveDate: true,
          createdAt: true,
          files: {
            // Files uploaded together share their instant: their names order them.
            orderBy: [{ createdAt: "asc" }, { fileName: "asc" }, { id: "asc" }],
            select: { id: true, storageKey: true, fileName: true, createdAt: true },
          },
          annualReport: true,
        },
      },
    },
  });
  return records.flatMap(({ versions, ...record }) => {
    const latest = versions[0];
    if (!latest) return [];
    const answers = answersPlan(
      { ...record, periodFrom: latest.periodFrom, periodTo: latest.periodTo, effectiveDate: latest.effectiveDate },
      plan,
    );
    return answers ? [{ ...record, latest }] : [];
  });
}
export type ArchiveRecord = Awaited<ReturnType<typeof listUnitRecords>>[number];

/** The plan's signed-off inspections the scope may read, units in the registry's order (on-site first). */
export function listSignedOffInspections(scope: Scope, planId: string) {
  return db.inspection.findMany({
    where: {
      AND: [{ planId, status: "SIGNED_OFF" }, inspectionVisibility(scope.actor), { agencyId: agencyIdFilter(scope) }],
    },
    orderBy: [{ agency: { sortKey: "asc" } }, { kind: "desc" }],
    select: { id: true, kind: true, recordDate: true, agency: { select: { id: true, code: true, name: true } } },
  });
}

const findingsOfPlan = (scope: Scope, planId: string) => ({
  AND: [
    findingVisibility(scope.actor),
    { agencyId: agencyIdFilter(scope) },
    { inspection: { planId, status: "SIGNED_OFF" as const } },
  ],
});

/** The units with findings on the plan's signed-off inspections the scope may read, in the registry's order. */
export function listCorrectiveUnits(scope: Scope, planId: string) {
  return db.agency.findMany({
    where: { id: agencyIdFilter(scope), findings: { some: findingsOfPlan(scope, planId) } },
    orderBy: { sortKey: "asc" },
    select: { id: true, code: true, name: true },
  });
}

/**
 * One unit's corrective actions on the plan: its signed-off inspections with their findings, every answer
 * round (with DOST's verdict) and the answers' evidence (stored files, or versions of the unit's records).
 */
export function getUnitCorrective(scope: Scope, planId: string, agencyId: string) {
  return db.inspection.findMany({
    where: {
      AND: [
        { planId, agencyId, status: "SIGNED_OFF" },
        inspectionVisibility(scope.actor),
        { agencyId: agencyIdFilter(scope) },
      ],
    },
    orderBy: { kind: "desc" },
    select: {
      id: true,
      kind: true,
      recordDate: true,
      findings: {
        where: findingsOfPlan(scope, planId),
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          clause: true,
          severity: true,
          description: true,
          dueDate: true,
          status: true,
          closedAt: true,
          answers: {
            orderBy: { round: "asc" },
            select: {
              id: true,
              round: true,
              kind: true,
              cause: true,
              correction: true,
              action: true,
              plannedDate: true,
              responsible: true,
              status: true,
              submittedAt: true,
              verifiedAt: true,
              verdictNote: true,
              evidence: {
                orderBy: [{ createdAt: "asc" }, { fileName: "asc" }, { id: "asc" }],
                select: {
                  id: true,
                  kind: true,
                  fileKey: true,
                  fileName: true,
                  createdAt: true,
                  recordVersion: { select: { number: true, record: { select: { title: true } } } },
                },
              },
            },
          },
        },
      },
    },
  });
}
export type UnitCorrective = Awaited<ReturnType<typeof getUnitCorrective>>;

/** The year's reports (lib/year-reports) the scope sees that the director approved, sent or not yet. */
export function listArchivedYearReports(scope: Scope, year: number) {
  return db.yearReport.findMany({
    where: visibleReport(scope, { year, status: { in: ["APPROVED", ...sentStatuses] } }),
    orderBy: [{ kind: "asc" }, { version: "asc" }],
    select: {
      id: true,
      kind: true,
      year: true,
      version: true,
      asOf: true,
      figures: true,
      narrative: true,
      approvalNumber: true,
      approvalDate: true,
    },
  });
}
