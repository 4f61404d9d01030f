import "server-only";
import { writeAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import type { PlanStatus, Role } from "@/lib/generated/prisma/enums";
import { queueEmailsEach } from "@/lib/mail/outbox";
import { notifyEach, resolveNotifications } from "@/lib/notifications/mutations";
import type { Notice } from "@/lib/notifications/schema";
import type { Locale } from "@/lib/generated/prisma/enums";
import type { PlanAction } from "./workflow/state";

/** Someone to tell: in the app by id, by e-mail at their address, in the language they chose. */
export type Recipient = { id: string; email: string; locale: Locale };

/** Active users with these roles (and, for officers, of these units). */
export async function recipients(tx: Tx, who: { roles?: Role[]; agencyIds?: string[]; userIds?: string[] }) {
  const or = [
    ...(who.roles?.length ? [{ role: { in: who.roles } }] : []),
    ...(who.agencyIds?.length ? [{ role: "AGENCY_OFFICER" as const, agencyId: { in: who.agencyIds } }] : []),
    ...(who.userIds?.length ? [{ id: { in: who.userIds } }] : []),
  ];
  if (!or.length) return [];
  return tx.user.findMany({ where: { status: "ACTIVE", OR: or }, select: { id: true, email: true, locale: true } });
}

/**
 * In-app notifications and e-mails (through the outbox), in the caller's transaction. The notice is stored as
 * its key and parameters: the list shows it in the reader's language, the e-mail is written in the
 * recipient's, with its link under APP_URL.
 */
export async function tellUsers(tx: Tx, users: Recipient[], notice: Notice, exceptUserId?: string) {
  await tellUsersEach(tx, [{ users, notice }], exceptUserId);
}

/** Several notices, each to its own users, in two inserts whatever their number (e.g. one per unit of a plan). */
export async function tellUsersEach(tx: Tx, batches: { users: Recipient[]; notice: Notice }[], exceptUserId?: string) {
  const sent = batches.map(({ users, notice }) => ({ to: users.filter((u) => u.id !== exceptUserId), notice }));
  await notifyEach(
    tx,
    sent.map(({ to, notice }) => ({ userIds: to.map((u) => u.id), notice })),
  );
  await queueEmailsEach(
    tx,
    sent.map(({ to, notice }) => ({ to, notice })),
  );
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
