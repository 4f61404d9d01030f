import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { PlanPaperKind } from "@/lib/generated/prisma/enums";
import { visiblePlan } from "../access/open-for-change";
import { seesWholePlan } from "../policy";
import type { CorrectionRequest, PaperNumber, PapersPlan, PaperUnit } from "./kinds";

export type PaperRow = {
  id: string;
  kind: PlanPaperKind;
  agencyId: string | null;
  recordRequestId: string | null;
  number: string | null;
  date: Date | null;
  issuedAt: Date | null;
  lockVersion: number;
};

/**
 * A plan's papers as the actor may see them. Everyone who sees the whole plan gets all of it. An agency
 * officer gets only what is addressed to their unit: `letterUnits` their own unit, `plan.units` their own unit
 * and, when it is checked on site, the other on-site units (the check decision names them all), no team,
 * their unit's record requests and paper rows only. null: the plan is out of sight (404).
 */
export async function getPlanPapers(scope: Scope, planId: string) {
  const whole = seesWholePlan(scope.actor);
  const own = scope.actor.agencyId ?? "00000000-0000-0000-0000-000000000000";
  const plan = await db.inspectionPlan.findFirst({
    where: visiblePlan(scope, { id: planId }),
    include: {
      leadAgency: { select: { name: true } },
      coordinators: { include: { agency: { select: { name: true } } } },
      milestones: { orderBy: { date: "asc" } },
      members: {
        where: whole ? {} : { id: { in: [] } },
        include: { user: { select: { name: true, agency: { select: { name: true } } } } },
        orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
      },
      targets: {
        where: whole ? {} : { OR: [{ agencyId: own }, { onSite: true }] },
        include: {
          agency: {
            select: {
              id: true,
              code: true,
              name: true,
              sortKey: true,
              kind: { select: { nameVi: true, level: true, sortOrder: true } },
              parent: { select: { name: true } },
            },
          },
          visits: { select: { startsAt: true, endsAt: true }, orderBy: { startsAt: "asc" } },
        },
      },
      papers: { where: whole ? {} : { OR: [{ agencyId: own }, { agencyId: null }] } },
      recordRequests: {
        where: whole ? {} : { agencyId: own },
        include: { agency: { select: { name: true } } },
        orderBy: { at: "asc" },
      },
    },
  });
  if (!plan) return null;
  const ownTarget = plan.targets.find((t) => t.agencyId === own);
  // An officer whose unit is not checked on site is shown no other unit.
  const targets = whole || ownTarget?.onSite ? plan.targets : plan.targets.filter((t) => t.agencyId === own);
  const units: PaperUnit[] = targets
    .map((t) => ({
      agencyId: t.agencyId,
      code: t.agency.code,
      name: t.agency.name,
      sortKey: t.agency.sortKey,
      kind: { name: t.agency.kind.nameVi, level: t.agency.kind.level, sortOrder: t.agency.kind.sortOrder },
      district: t.agency.kind.level === 3 ? (t.agency.parent?.name ?? null) : null,
      inDossier: t.inDossier,
      onSite: t.onSite,
      onSiteCategory: t.onSiteCategory,
      visits: t.visits,
    }))
    .sort(
      (a, b) =>
        a.kind.level - b.kind.level ||
        a.kind.sortOrder - b.kind.sortOrder ||
        (a.district ?? "").localeCompare(b.district ?? "", "vi") ||
        (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0),
    )
    .map(({ sortKey: _sortKey, ...u }) => u);
  const papersPlan: PapersPlan = {
    id: plan.id,
    year: plan.year,
    number: plan.number,
    issuedOn: plan.issuedOn,
    title: plan.title,
    legalBases: plan.legalBases,
    objectives: plan.objectives,
    requirements: plan.requirements,
    status: plan.status,
    approvalNumber: plan.approvalNumber,
    approvalDate: plan.approvalDate,
    teamDecisionNumber: plan.teamDecisionNumber,
    teamDecisionDate: plan.teamDecisionDate,
    leadAgency: plan.leadAgency.name,
    coordinators: plan.coordinators.map((c) => c.agency.name),
    milestones: plan.milestones.map((m) => ({ kind: m.kind, date: m.date })),
    members: plan.members.map((m) => ({ name: m.user.name, role: m.role, agency: m.user.agency?.name ?? null })),
    units,
  };
  const requests: CorrectionRequest[] = plan.recordRequests.map((r) => ({
    id: r.id,
    agencyId: r.agencyId,
    unitName: r.agency.name,
    categories: r.categories,
    comment: r.comment,
    at: r.at,
  }));
  const rows: PaperRow[] = plan.papers;
  return {
    plan: papersPlan,
    previousId: plan.previousId,
    whole,
    ownAgencyId: whole ? null : own,
    letterUnits: units.filter((u) => u.inDossier && (whole || u.agencyId === own)),
    onSiteOwnUnit: Boolean(ownTarget?.onSite),
    rows,
    requests,
  };
}
export type PlanPapers = NonNullable<Awaited<ReturnType<typeof getPlanPapers>>>;

/** The stored row of a paper (the plan-wide one of its kind, or a correction letter's); undefined: none yet. */
export const paperRow = (papers: Pick<PlanPapers, "rows">, kind: PlanPaperKind, recordRequestId?: string) =>
  papers.rows.find((r) => r.kind === kind && r.recordRequestId === (recordRequestId ?? null));

/** A paper's number, date and state: the team decision's number and date are the plan's own fields. */
export function paperNumber(
  papers: Pick<PlanPapers, "rows" | "plan">,
  kind: PlanPaperKind,
  recordRequestId?: string,
): PaperNumber {
  const row = paperRow(papers, kind, recordRequestId);
  if (kind === "TEAM_DECISION")
    return {
      number: papers.plan.teamDecisionNumber,
      date: papers.plan.teamDecisionDate,
      issued: Boolean(row?.issuedAt),
    };
  return { number: row?.number ?? null, date: row?.date ?? null, issued: Boolean(row?.issuedAt) };
}
