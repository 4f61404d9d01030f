import { writeAudit } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db";
import type { Actor } from "./actor";
import type { Locale } from "@/lib/i18n/config";

/**
 * Server-side sessions (table user_session). The session token (a next-auth JWT) carries the row's id as
 * `sid`; a token is good only while its row exists, is not revoked and has not expired. These functions
 * take the caller's client or transaction: a revocation and its audit row commit together.
 */

/** lastSeenAt is written at most this often per session, so a page view is not a write. */
export const lastSeenIntervalMs = 5 * 60_000;

const userAgentMaxLength = 400;

export async function openSession(
  tx: Tx,
  input: { userId: string; ip: string | null; userAgent: string | null; maxAgeMs: number; now: Date },
): Promise<string> {
  const session = await tx.userSession.create({
    data: {
      userId: input.userId,
      createdAt: input.now,
      lastSeenAt: input.now,
      expiresAt: new Date(input.now.getTime() + input.maxAgeMs),
      ip: input.ip,
      userAgent: input.userAgent ? input.userAgent.slice(0, userAgentMaxLength) : null,
    },
    select: { id: true },
  });
  return session.id;
}

/** Revokes one live session of this user. false: it was already revoked, expired, or not theirs. */
export async function revokeSession(tx: Tx, input: { sessionId: string; userId: string; now: Date }): Promise<boolean> {
  const { count } = await tx.userSession.updateMany({
    where: { id: input.sessionId, userId: input.userId, revokedAt: null, expiresAt: { gt: input.now } },
    data: { revokedAt: input.now },
  });
  return count === 1;
}

/** Revokes every live session of a user; returns how many were live. */
export async function revokeUserSessions(tx: Tx, input: { userId: string; now: Date }): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId: input.userId, revokedAt: null, expiresAt: { gt: input.now } },
    data: { revokedAt: input.now },
  });
  return count;
}

const actorSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  agencyId: true,
  status: true,
  mustChangePassword: true,
} as const;

/**
 * The actor of a live session and their stored language, in one statement (the session joined to its user): null
 * when the row is missing, revoked, expired, belongs to someone else, or its user is not active. Refreshes
 * lastSeenAt when it is older than `lastSeenIntervalMs` (a conditional UPDATE, so parallel requests write it once).
 * The language comes with it so that a page of a browser without a language cookie reads no second row.
 */
export async function sessionOf(
  client: Db,
  input: { sessionId: string; userId: string; now: Date },
): Promise<{ actor: Actor; locale: Locale } | null> {
  const session = await client.userSession.findUnique({
    where: { id: input.sessionId },
    select: {
      userId: true,
      expiresAt: true,
      revokedAt: true,
      lastSeenAt: true,
      user: { select: { ...actorSelect, locale: true } },
    },
  });
  if (!session || session.userId !== input.userId || session.revokedAt || session.expiresAt <= input.now) return null;
  if (session.user.status !== "ACTIVE") return null;
  const staleBefore = new Date(input.now.getTime() - lastSeenIntervalMs);
  if (session.lastSeenAt < staleBefore) {
    await client.userSession.updateMany({
      where: { id: input.sessionId, lastSeenAt: { lt: staleBefore } },
      data: { lastSeenAt: input.now },
    });
  }
  const { status: _status, locale, ...actor } = session.user;
  return { actor, locale };
}

/** The actor of a live session (sessionOf without the language). */
export async function actorOfSession(
  client: Db,
  input: { sessionId: string; userId: string; now: Date },
): Promise<Actor | null> {
  return (await sessionOf(client, input))?.actor ?? null;
}

/** How many live sessions a user has (the administration page shows it). */
export function countLiveSessions(client: Db, input: { userId: string; now: Date }): Promise<number> {
  return client.userSession.count({ where: { userId: input.userId, revokedAt: null, expiresAt: { gt: input.now } } });
}

/**
 * Signing out: revokes the session and writes its audit row in one transaction. Idempotent: a session
 * already ended (or a replayed token of one) changes nothing and writes nothing.
 */
export async function endSession(
  client: Db,
  input: { sessionId: string; userId: string; ip: string | null; now: Date },
): Promise<boolean> {
  return client.$transaction(async (tx) => {
    if (!(await revokeSession(tx, input))) return false;
    await writeAudit(tx, {
      type: "auth.sign_out",
      actorId: input.userId,
      target: { type: "user", id: input.userId },
      data: { sessionId: input.sessionId },
      ip: input.ip,
    });
    return true;
  });
}
