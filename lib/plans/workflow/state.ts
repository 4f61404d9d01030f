import type { PlanStatus, Role } from "@/lib/generated/prisma/enums";

/**
 * The plan's workflow (TT26 Đ34): DOST drafts, DOST leadership submits to the provincial People's
 * Committee, which approves (with its decision number) or returns it with comments. Work starts with the
 * first inspection and ends when every target is concluded. A plan can be cancelled, with a reason, at
 * any point before it is completed. An approved plan changes only through an amendment (a new version).
 *
 * start, complete and resume are taken by the inspections, not by a person (no role has them as a button):
 * the first saved result starts the plan, the last sign-off completes it, and reopening an inspection of
 * a completed plan resumes it (lib/inspections/plan-progress/mutations.ts).
 */
export const planActions = ["submit", "return", "approve", "start", "complete", "resume", "cancel", "amend"] as const;
export type PlanAction = (typeof planActions)[number];

type Transition = { from: readonly PlanStatus[]; to: PlanStatus | null; roles: readonly Role[] };

export const transitions: Record<PlanAction, Transition> = {
  submit: { from: ["DRAFT"], to: "SUBMITTED", roles: ["DOST_ADMIN"] },
  return: { from: ["SUBMITTED"], to: "DRAFT", roles: ["COMMITTEE_VIEWER"] },
  approve: { from: ["SUBMITTED"], to: "APPROVED", roles: ["COMMITTEE_VIEWER"] },
  start: { from: ["APPROVED"], to: "IN_PROGRESS", roles: [] },
  complete: { from: ["IN_PROGRESS"], to: "COMPLETED", roles: [] },
  resume: { from: ["COMPLETED"], to: "IN_PROGRESS", roles: [] },
  cancel: { from: ["DRAFT", "SUBMITTED", "APPROVED", "IN_PROGRESS"], to: "CANCELLED", roles: ["DOST_ADMIN"] },
  /** Creates a new DRAFT version; the approved one stays in force until the amendment is approved. */
  amend: { from: ["APPROVED", "IN_PROGRESS"], to: null, roles: ["DOST_ADMIN", "DOST_INSPECTOR"] },
};

/** The steps the inspections take on the plan's behalf. */
export const automaticActions = ["start", "complete", "resume"] as const satisfies readonly PlanAction[];
export type AutomaticPlanAction = (typeof automaticActions)[number];

export function canTransition(role: Role, action: PlanAction, status: PlanStatus): boolean {
  const t = transitions[action];
  return t.roles.includes(role) && t.from.includes(status);
}

/** Which actions this role may take on a plan in this state (for the buttons). */
export function availableActions(role: Role, status: PlanStatus): PlanAction[] {
  return planActions.filter((a) => canTransition(role, a, status));
}

/** Content (fields, scope, team, schedule) can be edited only while the plan is a draft. */
export const isEditable = (status: PlanStatus) => status === "DRAFT";
