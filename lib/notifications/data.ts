import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

/** A user's own notifications: nobody reads another's. Counted once per request (layout and page both show it). */
const countUnreadOf = cache((userId: string) => db.notification.count({ where: { userId, readAt: null } }));

export function countUnread(actor: Pick<Actor, "id">): Promise<number> {
  return countUnreadOf(actor.id);
}

export function listNotifications(actor: Pick<Actor, "id">, take = 100) {
  return db.notification.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, take });
}
