import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { repeatOfSelect } from "../findings/view";
import { inspectionVisibility } from "../policy";
import { minutesNumberSuffix } from "./document";
import { groupOf, scoreInspection, type InspectionScore } from "../scoring/score";

const minutesInclude = {
  plan: {
    select: {
      id: true,
      year: true,
      number: true,
      version: true,
      issuedOn: true,
      title: true,
      leadAgency: { select: { name: true } },
      approvalNumber: true,
      approvalDate: true,
      teamDecisionNumber: true,
      teamDecisionDate: true,
    },
  },
  agency: { select: { id: true, code: true, name: true } },
  assignees: { select: { memberId: true } },
  items: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      result: true,
      note: true,
      checklistItem: {
        select: {
          code: true,
          clause: true,
          clauseGroup: true,
          titleVi: true,
          titleEn: true,
          template: { select: { standard: true } },
        },
      },
    },
  },
  findings: {
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      clause: true,
      legalBasis: true,
      severity: true,
      description: true,
      requiredAction: true,
      dueDate: true,
      status: true,
      repeatOf: repeatOfSelect,
      item: { select: { checklistItem: { select: { code: true } } } },
    },
  },
  followUps: {
    select: {
      id: true,
      outcome: true,
      note: true,
      finding: {
        select: {
          id: true,
          number: true,
          clause: true,
          severity: true,
          description: true,
          dueDate: true,
          inspection: { select: { plan: { select: { year: true, number: true } } } },
        },
      },
    },
  },
} satisfies Prisma.InspectionInclude;

// As minutes list the team: the lead (trưởng đoàn), the members, then the secretary (thư ký).
const roleOrder = { LEAD: 0, MEMBER: 1, SECRETARY: 2 } as const;

/**
 * Everything the inspection minutes (biên bản kiểm tra, TT26 Mẫu 21) show, as the actor may see it; null
 * when the inspection is absent or out of scope (inspectionVisibility: an officer reads their own unit's
 * minutes only once it is signed off, the People's Committee all signed-off minutes, a partner inspector
 * the minutes of plans they are on). The page answers 404 for null.
 */
export async function getInspectionMinutes(scope: Scope, id: string) {
  const inspection = await db.inspection.findFirst({
    where: { AND: [{ id }, inspectionVisibility(scope.actor)] },
    include: minutesInclude,
  });
  if (!inspection) return null;

  const [members, signedOffBy, visit] = await Promise.all([
    db.planMember.findMany({
      where: { planId: inspection.planId },
      select: { id: true, role: true, user: { select: { name: true, agency: { select: { name: true } } } } },
    }),
    inspection.signedOffById
      ? db.user.findUnique({ where: { id: inspection.signedOffById }, select: { name: true } })
      : null,
    // The on-site visit gives the record's start and end times; a dossier review has none.
    inspection.kind === "ON_SITE"
      ? db.planVisit.findFirst({
          where: { planId: inspection.planId, targetId: inspection.targetId },
          orderBy: { startsAt: "desc" },
          select: { startsAt: true, endsAt: true },
        })
      : null,
  ]);
  // The team of this inspection is the members assigned to it, with the plan's lead, who signs all minutes.
  // An inspection nobody was assigned to yet is shown with the plan's whole team.
  const assigned = new Set(inspection.assignees.map((a) => a.memberId));
  const team = (assigned.size ? members.filter((m) => assigned.has(m.id) || m.role === "LEAD") : members)
    .map((m) => ({ id: m.id, role: m.role, name: m.user.name, agencyName: m.user.agency?.name ?? null }))
    .sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.name.localeCompare(b.name, "vi"));

  const items = inspection.items.map((item) => ({
    id: item.id,
    result: item.result,
    note: item.note,
    code: item.checklistItem.code,
    clause: item.checklistItem.clause,
    titleVi: item.checklistItem.titleVi,
    titleEn: item.checklistItem.titleEn,
    standard: item.checklistItem.template.standard,
    group: groupOf({
      standard: item.checklistItem.template.standard,
      clause: item.checklistItem.clause,
      clauseGroup: item.checklistItem.clauseGroup,
    }),
  }));
  const score: InspectionScore = scoreInspection(
    items.map((i) => ({ standard: i.standard, clause: i.clause, clauseGroup: i.group, result: i.result })),
  );

  const { assignees: _assignees, items: _items, findings, followUps, ...rest } = inspection;
  return {
    ...rest,
    signedOffByName: signedOffBy?.name ?? null,
    /** The on-site visit's times; null for a dossier review or a visit not scheduled. */
    visit: visit ?? null,
    team,
    lead: team.find((m) => m.role === "LEAD") ?? null,
    items,
    score,
    followUps: followUps
      .map(({ finding: { inspection: earlier, ...finding }, ...f }) => ({
        ...f,
        finding: { ...finding, year: earlier.plan.year, plan: earlier.plan.number },
      }))
      .sort((a, b) => a.finding.year - b.finding.year || a.finding.number - b.finding.number),
    findings: findings.map(({ item, repeatOf, ...f }) => ({
      ...f,
      itemCode: item.checklistItem.code,
      repeatOfYear: repeatOf?.inspection.plan.year ?? null,
    })),
  };
}
export type InspectionMinutes = NonNullable<Awaited<ReturnType<typeof getInspectionMinutes>>>;

/**
 * The number to suggest for a record of this plan: one more than the highest number its records carry
 * ("13/BB-ĐKT" after "12/BB-ĐKT"; "1/BB-ĐKT" for the first), in one query. A suggestion only: the unique
 * index decides when the conclusion is saved. The caller has loaded the inspection in the actor's scope.
 */
export async function nextRecordNumber(inspection: { planId: string }): Promise<string> {
  const [row] = await db.$queryRaw<{ next: number }[]>`
    SELECT (COALESCE(MAX(substring("recordNumber" FROM '^([0-9]{1,6})/')::int), 0) + 1)::int AS next
      FROM inspection
     WHERE "planId" = ${inspection.planId}::uuid AND "recordNumber" IS NOT NULL`;
  return `${row?.next ?? 1}/${minutesNumberSuffix}`;
}
