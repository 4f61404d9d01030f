import "server-only";
import type { Tx } from "@/lib/db";
import { recordTransition } from "@/lib/plans/notify";
import { transitions, type AutomaticPlanAction } from "@/lib/plans/policy";

/**
 * A step the inspections take on the plan's behalf (see lib/plans/workflow/state.ts), in the caller's transaction:
 * the plan moves only if it is still in the step's "from" state (the condition is part of the UPDATE, so two
 * inspections finishing at once move it once), and then gets its event, audit row and notifications as a
 * step taken by hand would. Returns whether the plan moved.
 */
export async function advancePlan(
  tx: Tx,
  planId: string,
  action: AutomaticPlanAction,
  { actorId, ip, comment }: { actorId: string; ip: string | null; comment?: string },
) {
  const t = transitions[action];
  const plan = await tx.inspectionPlan.findUnique({
    where: { id: planId },
    select: { id: true, status: true, number: true, year: true, createdById: true, submittedAt: true },
  });
  if (!plan || !t.from.includes(plan.status)) return false;
  const { count } = await tx.inspectionPlan.updateMany({
    where: { id: planId, status: plan.status },
    data: { status: t.to!, lockVersion: { increment: 1 } },
  });
  if (count === 0) return false;
  await recordTransition(tx, plan, { action, from: plan.status, to: t.to!, comment: comment ?? null }, { actorId, ip });
  return true;
}
