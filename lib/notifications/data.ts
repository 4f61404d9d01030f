import "server-only";
import { cache } from "react";
import type { Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n";
import { renderMessage } from "./rendering/message";

/**
 * A user's own notifications: nobody reads another's. Counted once per request (layout and page both show it), in
 * plain SQL: every signed-in page asks, and a model query costs the server four times the CPU of the same count.
 */
const countUnreadOf = cache(async (userId: string) => {
  const [row] = await db.$queryRaw<{ unread: number }[]>`
    SELECT count(*)::int AS unread FROM notification WHERE "userId" = ${userId}::uuid AND "readAt" IS NULL`;
  return row?.unread ?? 0;
});

export function countUnread(scope: Scope): Promise<number> {
  return countUnreadOf(scope.actor.id);
}

/** The user's notifications, newest first, rendered in `locale` (the language the reader uses now). */
export async function listNotifications(scope: Scope, { locale, take = 100 }: { locale: Locale; take?: number }) {
  const rows = await db.notification.findMany({
    where: { userId: scope.actor.id },
    orderBy: { createdAt: "desc" },
    take,
  });
  return rows.map(({ id, type, link, readAt, createdAt, ...message }) => ({
    id,
    type,
    link,
    readAt,
    createdAt,
    ...renderMessage(message, locale),
  }));
}

export type NotificationView = Awaited<ReturnType<typeof listNotifications>>[number];
