import type { Actor } from "@/lib/auth/actor";
import { isCommittee, isDostStaff, seesAllUnits } from "@/lib/auth/roles";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MessageKey } from "@/lib/i18n";
import { isEditable } from "./workflow/state";

/** The workflow's table, for the steps the inspections take on a plan's behalf (lib/inspections/plan-progress). */
export { automaticActions, transitions, type AutomaticPlanAction, type PlanAction } from "./workflow/state";

/**
 * Who sees a plan. DOST staff: every plan. Partner inspectors: plans whose team they are on. The People's
 * Committee: plans once submitted (a returned plan stays visible to them). Agency officers: plans in which
 * their unit is a target — and then only their own target and visits (the data layer narrows that).
 */
export function planVisibility(actor: Pick<Actor, "id" | "role" | "agencyId">): Prisma.InspectionPlanWhereInput {
  switch (actor.role) {
    case "DOST_ADMIN":
    case "DOST_INSPECTOR":
      return {};
    case "PARTNER_INSPECTOR":
      return { members: { some: { userId: actor.id } } };
    case "COMMITTEE_VIEWER":
      // Submitted at least once: a returned plan stays visible, a draft cancelled before submission does not.
      return { submittedAt: { not: null } };
    case "AGENCY_OFFICER":
      return actor.agencyId
        ? {
            status: { notIn: ["DRAFT", "SUBMITTED"] },
            targets: { some: { agencyId: actor.agencyId, inDossier: true } },
          }
        : { id: "00000000-0000-0000-0000-000000000000" };
  }
}

export const planContentActions = ["create", "edit", "editScope", "editTeam", "editSchedule", "copy"] as const;
export type PlanContentAction = (typeof planContentActions)[number];

const operational: readonly PlanStatus[] = ["DRAFT", "SUBMITTED", "APPROVED", "IN_PROGRESS"];

/**
 * Changing a plan: DOST administrators and inspectors. What the committee approves (fields and scope) is
 * editable on drafts only — an approved plan changes through an amendment. The team (set up by its own
 * decision) and the visit schedule are run by DOST until the plan is closed.
 */
export function canEditPlan(
  actor: Pick<Actor, "role">,
  action: PlanContentAction,
  plan?: { status: PlanStatus },
): boolean {
  if (!isDostStaff(actor)) return false;
  if (action === "create" || action === "copy") return true;
  if (!plan) return false;
  return action === "editTeam" || action === "editSchedule"
    ? operational.includes(plan.status)
    : isEditable(plan.status);
}

/** Whether the actor sees the whole plan or only their own unit's part of it. */
export const seesWholePlan = seesAllUnits;

/**
 * Why the actor cannot change what the committee approves (fields and scope) of this plan, by its state and
 * the actor's role, as a catalogue key under plans.readOnlyNotice; null when they can. The committee is never
 * told a plan is approved while it waits for their decision.
 */
export function readOnlyNotice(
  actor: Pick<Actor, "role">,
  plan: { status: PlanStatus },
): Extract<MessageKey, `plans.readOnlyNotice.${string}`> | null {
  if (canEditPlan(actor, "edit", plan)) return null;
  const committee = isCommittee(actor);
  switch (plan.status) {
    case "DRAFT":
      return committee ? "plans.readOnlyNotice.returned" : "plans.readOnlyNotice.dostOnly";
    case "SUBMITTED":
      return committee ? "plans.readOnlyNotice.awaitingDecision" : "plans.readOnlyNotice.submitted";
    case "APPROVED":
    case "IN_PROGRESS":
      return isDostStaff(actor) ? "plans.readOnlyNotice.approvedAmend" : "plans.readOnlyNotice.approved";
    case "COMPLETED":
      return "plans.readOnlyNotice.completed";
    case "CANCELLED":
      return "plans.readOnlyNotice.cancelled";
    case "SUPERSEDED":
      return "plans.readOnlyNotice.superseded";
  }
}
