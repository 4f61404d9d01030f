import "server-only";
import { writeAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { recipients, resolveNotifications, tellUsers } from "@/lib/notifications";
import { transitions, type AutomaticPlanAction, type PlanAction } from "@/lib/plans/policy";

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

/** Every step but an amendment, which makes a new draft version and is not a step of this plan's own. */
type TransitionAction = Exclude<PlanAction, "amend">;

type TransitionedPlan = { id: string; number: string; year: number; createdById: string; submittedAt: Date | null };

/**
 * What every step of a plan leaves behind, taken by hand (transitionPlan) or by its inspections (advancePlan),
 * in the step's transaction: the plan's event, the audit row and the notices.
 */
export async function recordTransition(
  tx: Tx,
  plan: TransitionedPlan,
  step: { action: TransitionAction; from: PlanStatus; to: PlanStatus; comment: string | null },
  { actorId, ip }: { actorId: string; ip: string | null },
) {
  const { action, from, to, comment } = step;
  await tx.planEvent.create({ data: { planId: plan.id, action, comment, actorId } });
  await writeAudit(tx, {
    type: "plan.transition",
    actorId,
    target: { type: "plan", id: plan.id },
    data: { action, from, to, comment },
    ip,
  });
  await announceTransition(tx, action, plan, actorId, { comment: comment ?? "" });
}

/** Who hears of each transition, and what they are told. */
async function announceTransition(
  tx: Tx,
  action: TransitionAction,
  plan: TransitionedPlan,
  actorId: string,
  extra: { comment: string },
) {
  const name = `${plan.number} (${plan.year})`;
  const link = `/ke-hoach/${plan.id}`;
  // "Awaiting approval" is a task: any step out of SUBMITTED (approval, return, cancellation) settles it for
  // the whole committee, and a new submission replaces one still unread, so one notice waits at most.
  await resolveNotifications(tx, { type: "plan.submit", link });
  const staff = await recipients(tx, { roles: ["DOST_ADMIN", "DOST_INSPECTOR"], userIds: [plan.createdById] });
  const committee = await recipients(tx, { roles: ["COMMITTEE_VIEWER"] });
  const to =
    action === "submit" ? committee : action === "cancel" && plan.submittedAt ? [...staff, ...committee] : staff;
  await tellUsers(
    tx,
    to,
    { type: `plan.${action}`, key: `plans.notify.${action}`, params: { plan: name, ...extra }, link },
    actorId,
  );
}
