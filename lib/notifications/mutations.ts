import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";

export type NewNotification = { type: string; title: string; body?: string; link?: string };

/** Adds in-app notifications inside the caller's transaction, so they exist exactly when the change does. */
export async function notify(tx: Tx, userIds: string[], notification: NewNotification): Promise<number> {
  return notifyEach(tx, [{ userIds, notification }]);
}

/** Several notifications, each to its own users (each user once per notification), in one insert. */
export async function notifyEach(tx: Tx, batches: { userIds: string[]; notification: NewNotification }[]): Promise<number> {
  const data = batches.flatMap(({ userIds, notification }) =>
    [...new Set(userIds)].map((userId) => ({ userId, type: notification.type, title: notification.title, body: notification.body ?? "", link: notification.link })),
  );
  if (!data.length) return 0;
  const { count } = await tx.notification.createMany({ data });
  return count;
}

/**
 * Marks as read, for everyone who has it, an unread notification of this type about this page: what it asked
 * for has been done (a plan awaiting approval was approved or returned), in the caller's transaction.
 */
export async function resolveNotifications(tx: Tx, about: { type: string; link: string }): Promise<number> {
  const { count } = await tx.notification.updateMany({ where: { type: about.type, link: about.link, readAt: null }, data: { readAt: new Date() } });
  return count;
}

export async function markAllRead(actor: Pick<Actor, "id">, ip: string | null) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
    if (count > 0) await recordAudit(tx, { type: "notification.read_all", actorId: actor.id, target: { type: "user", id: actor.id }, data: { count }, ip });
    return { count };
  });
}
