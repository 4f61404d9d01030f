import { db } from "@/lib/db";
import type { UserSession } from "@/lib/generated/prisma/client";

/** A live session of this user (8 hours from now unless overridden). */
export function createSession(
  userId: string,
  overrides: Partial<Pick<UserSession, "createdAt" | "lastSeenAt" | "expiresAt" | "revokedAt" | "ip">> = {},
) {
  return db.userSession.create({
    data: { userId, expiresAt: new Date(Date.now() + 8 * 3_600_000), ip: "198.51.100.20", ...overrides },
  });
}

/** The user's sessions that are still live. */
export function liveSessionsOf(userId: string) {
  return db.userSession.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "asc" },
  });
}
