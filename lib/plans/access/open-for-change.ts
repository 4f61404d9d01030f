import "server-only";
import type { Scope } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { canEditPlan, planVisibility } from "../policy";

/** What every plan use case receives from the action client: the caller's scope and address (for the audit log). */
export type Ctx = { scope: Scope; ip: string | null };

/**
 * The plans this scope may see, narrowed by `where`: every read and every change of a plan starts from it, so
 * a plan out of sight is NOT_FOUND even where a policy check was forgotten.
 */
export const visiblePlan = (
  scope: Scope,
  where: Prisma.InspectionPlanWhereInput = {},
): Prisma.InspectionPlanWhereInput => ({ AND: [planVisibility(scope.actor), where] });

/**
 * Team and schedule are run by DOST staff until the plan is closed (see canEditPlan). Read inside the
 * change's transaction with the plan row share-locked, so a cancellation or closing that commits meanwhile is
 * either seen here or waits until this change is done: never a member added to a plan already closed.
 * Out of the scope's sight → NOT_FOUND; visible but not editable by this actor → FORBIDDEN.
 */
export async function openPlanForChange(tx: Tx, scope: Scope, planId: string, action: "editTeam" | "editSchedule") {
  const [plan] = await tx.$queryRaw<{ id: string; status: PlanStatus; number: string; year: number }[]>`
    SELECT id, status, number, year FROM inspection_plan WHERE id = ${planId}::uuid FOR SHARE`;
  if (!plan || !(await tx.inspectionPlan.count({ where: visiblePlan(scope, { id: plan.id }) })))
    throw new AppError("NOT_FOUND");
  if (!canEditPlan(scope.actor, action, plan)) throw new AppError("FORBIDDEN", "plans.errors.readOnly");
  return plan;
}
