import "server-only";
import { randomUUID } from "node:crypto";
import { writeAudit } from "@/lib/audit";
import type { Scope } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { insertJsonRows } from "@/lib/db/bulk";
import type { Prisma } from "@/lib/generated/prisma/client";
import { noticeSchema, type Notice } from "./schema";

/**
 * Adds in-app notifications inside the caller's transaction, so they exist exactly when the change does.
 * What is stored is the notice's key and parameters: each reader sees it in their own language.
 */
export async function notify(tx: Tx, userIds: string[], notice: Notice): Promise<number> {
  return notifyEach(tx, [{ userIds, notice }]);
}

/** Several notifications, each to its own users (each user once per notification), in one insert. */
export async function notifyEach(tx: Tx, batches: { userIds: string[]; notice: Notice }[]): Promise<number> {
  const data = batches.flatMap(({ userIds, notice }) => {
    const { type, key, params, link } = noticeSchema.parse(notice);
    return [...new Set(userIds)].map((userId) => ({
      userId,
      type,
      messageKey: key,
      params: params as Prisma.InputJsonObject,
      link,
    }));
  });
  // One statement whatever the number (a deadline sweep tells thousands): Prisma's createMany spends seconds
  // of CPU on a few thousand rows, Postgres unpacks them from one JSON parameter in milliseconds.
  return insertJsonRows(
    tx,
    "notification",
    ["id", "userId", "type", "messageKey", "params", "link"],
    data.map((row) => ({ id: randomUUID(), ...row, link: row.link ?? null })),
  );
}

/**
 * Marks as read, for everyone who has it, an unread notification of this type about this page: what it asked
 * for has been done (a plan awaiting approval was approved or returned), in the caller's transaction.
 */
export async function resolveNotifications(tx: Tx, about: { type: string; link: string }): Promise<number> {
  const { count } = await tx.notification.updateMany({
    where: { type: about.type, link: about.link, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

/** Marks the caller's own unread notifications as read (nobody else's: the scope's user is the only owner it reaches). */
export async function markAllRead(scope: Scope, ip: string | null) {
  const { actor } = scope;
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.id, readAt: null },
      data: { readAt: new Date() },
    });
    if (count > 0)
      await writeAudit(tx, {
        type: "notification.read_all",
        actorId: actor.id,
        target: { type: "user", id: actor.id },
        data: { count },
        ip,
      });
    return { count };
  });
}
