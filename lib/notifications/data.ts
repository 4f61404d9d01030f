import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

/** A user's own notifications: nobody reads another's. */
export function countUnread(actor: Pick<Actor, "id">): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

export function listNotifications(actor: Pick<Actor, "id">, take = 100) {
  return db.notification.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, take });
}
