import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import type { PlanStatus, Role } from "@/lib/generated/prisma/enums";
import { createTranslator } from "@/lib/i18n";
import { queueEmailsEach } from "@/lib/mail/outbox";
import { notifyEach, resolveNotifications } from "@/lib/notifications/mutations";
import type { PlanAction } from "./state";

const vi = createTranslator("vi");

export type PlanMessage = { type: string; title: string; body: string; link: string };

/** Active users with these roles (and, for officers, of these units). */
export async function recipients(tx: Tx, who: { roles?: Role[]; agencyIds?: string[]; userIds?: string[] }) {
  const or = [
    ...(who.roles?.length ? [{ role: { in: who.roles } }] : []),
    ...(who.agencyIds?.length ? [{ role: "AGENCY_OFFICER" as const, agencyId: { in: who.agencyIds } }] : []),
    ...(who.userIds?.length ? [{ id: { in: who.userIds } }] : []),
  ];
  if (!or.length) return [];
  return tx.user.findMany({ where: { status: "ACTIVE", OR: or }, select: { id: true, email: true } });
}

/** In-app notifications and e-mails (through the outbox), in the caller's transaction. */
export async function tellUsers(tx: Tx, users: { id: string; email: string }[], message: PlanMessage, exceptUserId?: string) {
  await tellUsersEach(tx, [{ users, message }], exceptUserId);
}

/** Several messages, each to its own users, in two inserts whatever their number (e.g. one per unit of a plan). */
export async function tellUsersEach(tx: Tx, batches: { users: { id: string; email: string }[]; message: PlanMessage }[], exceptUserId?: string) {
  const sent = batches.map(({ users, message }) => ({ to: users.filter((u) => u.id !== exceptUserId), message }));
  await notifyEach(tx, sent.map(({ to, message }) => ({ userIds: to.map((u) => u.id), notification: message })));
  await queueEmailsEach(tx, sent.map(({ to, message }) => ({ to: to.map((u) => u.email), email: { subject: message.title, body: `${message.body}\n\n${message.link}` } })));
}

type TransitionedPlan = { id: string; number: string; year: number; createdById: string; submittedAt: Date | null };

/**
 * What every step of a plan leaves behind, taken by hand (transitionPlan) or by its inspections (advancePlan),
 * in the step's transaction: the plan's event, the audit row and the notices.
 */
export async function recordTransition(tx: Tx, plan: TransitionedPlan, step: { action: PlanAction; from: PlanStatus; to: PlanStatus; comment: string | null }, { actorId, ip }: { actorId: string; ip: string | null }) {
  const { action, from, to, comment } = step;
  await tx.planEvent.create({ data: { planId: plan.id, action, comment, actorId } });
  await recordAudit(tx, { type: "plan.transition", actorId, target: { type: "plan", id: plan.id }, data: { action, from, to, comment }, ip });
  await announceTransition(tx, action, plan, actorId, { comment: comment ?? "" });
}

/** Who hears of each transition, and what they are told. */
async function announceTransition(tx: Tx, action: PlanAction, plan: TransitionedPlan, actorId: string, extra: Record<string, string>) {
  const name = `${plan.number} (${plan.year})`;
  const link = `/ke-hoach/${plan.id}`;
  // "Awaiting approval" is a task: any step out of SUBMITTED (approval, return, cancellation) settles it for
  // the whole committee, and a new submission replaces one still unread, so one notice waits at most.
  await resolveNotifications(tx, { type: "plan.submit", link });
  const staff = await recipients(tx, { roles: ["DOST_ADMIN", "DOST_INSPECTOR"], userIds: [plan.createdById] });
  const committee = await recipients(tx, { roles: ["COMMITTEE_VIEWER"] });
  const to = action === "submit" ? committee : action === "cancel" && plan.submittedAt ? [...staff, ...committee] : staff;
  await tellUsers(tx, to, { type: `plan.${action}`, title: vi.raw(`plans.notify.${action}.title`, { plan: name }), body: vi.raw(`plans.notify.${action}.body`, { plan: name, ...extra }), link }, actorId);
}
