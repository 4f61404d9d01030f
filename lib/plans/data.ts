import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scheduleConflicts } from "./schedule/conflicts";
import { visiblePlan } from "./access/open-for-change";
import { seesWholePlan } from "./policy";
import { summarisePlan } from "./workflow/rules";

/** Plans the actor may see, newest year first, with their live counts. */
export async function listPlans(scope: Scope) {
  return db.inspectionPlan.findMany({
    where: visiblePlan(scope),
    orderBy: [{ year: "desc" }, { number: "asc" }, { version: "desc" }],
    select: {
      id: true,
      year: true,
      number: true,
      version: true,
      title: true,
      status: true,
      issuedOn: true,
      approvalNumber: true,
      approvalDate: true,
      isSample: true,
      _count: { select: { targets: { where: { inDossier: true } } } },
    },
  });
}

const targetInclude = {
  agency: {
    select: {
      id: true,
      code: true,
      name: true,
      isoRequirement: true,
      validTo: true,
      kind: { select: { code: true, nameVi: true, nameEn: true, sortOrder: true } },
    },
  },
} satisfies Prisma.PlanTargetInclude;

/**
 * One plan with what the actor may see of it: everything for staff and the committee; for an agency
 * officer only their own unit's target and visits. null when the plan is not visible (the page answers 404).
 */
export async function getPlan(scope: Scope, id: string) {
  const whole = seesWholePlan(scope.actor);
  const own: Prisma.PlanTargetWhereInput = whole ? {} : { agencyId: scope.actor.agencyId ?? "" };
  const plan = await db.inspectionPlan.findFirst({
    where: visiblePlan(scope, { id }),
    include: {
      leadAgency: { select: { id: true, name: true } },
      coordinators: { include: { agency: { select: { id: true, name: true } } } },
      milestones: { orderBy: { date: "asc" } },
      targets: { where: own, include: targetInclude, orderBy: { agency: { sortKey: "asc" } } },
      // An officer gets no team list or thread (empty, so that the type stays one shape).
      members: {
        where: whole ? {} : { id: { in: [] } },
        include: { user: { select: { id: true, name: true, agencyId: true, agency: { select: { name: true } } } } },
        orderBy: { role: "asc" },
      },
      visits: {
        where: whole ? {} : { target: own },
        include: {
          target: { include: { agency: { select: { id: true, name: true } } } },
          members: { include: { member: { include: { user: { select: { id: true, name: true } } } } } },
        },
        orderBy: { startsAt: "asc" },
      },
      events: { where: whole ? {} : { id: { in: [] } }, orderBy: { at: "asc" } },
      previous: { select: { id: true, version: true, status: true } },
      amendment: { select: { id: true, version: true, status: true } },
    },
  });
  if (!plan) return null;
  return {
    ...plan,
    summary: whole ? summarisePlan(plan.targets) : null,
    conflicts: whole
      ? scheduleConflicts(
          plan.visits.map((v) => ({
            id: v.id,
            targetId: v.targetId,
            agencyName: v.target.agency.name,
            startsAt: v.startsAt,
            members: v.members.map((m) => ({ id: m.memberId, name: m.member.user.name })),
          })),
        )
      : [],
  };
}
export type PlanDetail = NonNullable<Awaited<ReturnType<typeof getPlan>>>;

/*
 * The registry and the people a plan is made of: the same for every actor who may edit a plan (the scope is
 * taken so that no read escapes it; callers have already checked canEditPlan).
 */

/** Units a plan may take on the given date (in force then), with whether they had applied a QMS by then. */
export function listCandidateUnits(_scope: Scope, on: Date) {
  return db.agency.findMany({
    where: { validFrom: { lte: on }, OR: [{ validTo: null }, { validTo: { gte: on } }] },
    select: {
      id: true,
      code: true,
      name: true,
      standardVersion: true,
      announcementDate: true,
      isoRequirement: true,
      kind: { select: { code: true, nameVi: true, sortOrder: true } },
    },
    orderBy: [{ kind: { sortOrder: "asc" } }, { sortKey: "asc" }],
  });
}

/** Users who can sit on a team: DOST staff and partner inspectors, active. */
export function listTeamCandidates(_scope: Scope) {
  return db.user.findMany({
    where: { status: "ACTIVE", role: { in: ["DOST_ADMIN", "DOST_INSPECTOR", "PARTNER_INSPECTOR"] } },
    select: { id: true, name: true, role: true, agency: { select: { name: true } } },
    orderBy: { name: "asc" },
  });
}

/** Provincial agencies in force today: the lead and coordinating units are chosen among them. */
export function listProvincialAgencies(_scope: Scope) {
  return db.agency.findMany({
    where: { validTo: null, kind: { level: 1 } },
    select: { id: true, name: true },
    orderBy: { sortKey: "asc" },
  });
}
