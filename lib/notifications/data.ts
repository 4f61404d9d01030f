import "server-only";
import { cache } from "react";
import type { Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n";
import { renderMessage } from "./rendering/message";

/** A user's own notifications: nobody reads another's. Counted once per request (layout and page both show it). */
const countUnreadOf = cache((userId: string) => db.notification.count({ where: { userId, readAt: null } }));

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
