import type { Actor } from "@/lib/auth/actor";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isEditable } from "./state";

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
        ? { status: { notIn: ["DRAFT", "SUBMITTED"] }, targets: { some: { agencyId: actor.agencyId, inDossier: true } } }
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
export function canEditPlan(actor: Pick<Actor, "role">, action: PlanContentAction, plan?: { status: PlanStatus }): boolean {
  if (actor.role !== "DOST_ADMIN" && actor.role !== "DOST_INSPECTOR") return false;
  if (action === "create" || action === "copy") return true;
  if (!plan) return false;
  return action === "editTeam" || action === "editSchedule" ? operational.includes(plan.status) : isEditable(plan.status);
}

/** Whether the actor sees the whole plan or only their own unit's part of it. */
export const seesWholePlan = (actor: Pick<Actor, "role">) => actor.role !== "AGENCY_OFFICER";
