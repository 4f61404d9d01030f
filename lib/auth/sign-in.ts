import { setTimeout as sleep } from "node:timers/promises";
import { writeAudit } from "@/lib/audit";
import type { Db } from "@/lib/db";
import { verifyPassword } from "./password";
import { openSession } from "./sessions";
import { clearPair, countFailure, readThrottle, throttleKeys, type ThrottleSettings } from "./throttle";

export type SignInSettings = ThrottleSettings & { sessionMaxAgeMs: number };

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionId: string } }
  | { ok: false; code: "BAD_CREDENTIALS" | "DISABLED" }
  | { ok: false; code: "LOCKED"; retryAfterMinutes: number };

export const normalizeEmail = (email: string) => email.trim().normalize("NFC").toLowerCase();

/**
 * Checks an e-mail and password from an address. Throttled per account, per address and per pair (see
 * lib/auth/throttle.ts); every attempt writes an audit row carrying the address. A success opens a
 * server-side session (its id goes into the session token) in the same transaction as its audit row.
 */
export async function signInWithPassword(
  db: Db,
  input: { email: string; password: string; ip: string | null; userAgent?: string | null },
  settings: SignInSettings,
  now: () => Date = () => new Date(),
): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const keys = throttleKeys(email, input.ip);
  const state = await readThrottle(db, keys, settings, now());

  if (state.lock) {
    const lock = state.lock;
    await db.$transaction((tx) =>
      writeAudit(tx, {
        type: "auth.sign_in.failed",
        actorId: null,
        data: { email, reason: "locked", failures: state.pairFailures, lock: lock.scope },
        ip: input.ip,
      }),
    );
    return { ok: false, code: "LOCKED", retryAfterMinutes: minutesUntil(lock.until, now()) };
  }

  if (state.delayMs > 0) await sleep(state.delayMs);

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);

  if (user && passwordOk && user.status === "ACTIVE") {
    const sessionId = await db.$transaction(async (tx) => {
      const at = now();
      await clearPair(tx, keys);
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: at } });
      const id = await openSession(tx, {
        userId: user.id,
        ip: input.ip,
        userAgent: input.userAgent ?? null,
        maxAgeMs: settings.sessionMaxAgeMs,
        now: at,
      });
      await writeAudit(tx, {
        type: "auth.sign_in.succeeded",
        actorId: user.id,
        target: { type: "user", id: user.id },
        data: { email, sessionId: id },
        ip: input.ip,
      });
      return id;
    });
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionId } };
  }

  if (user && passwordOk) {
    await db.$transaction((tx) =>
      writeAudit(tx, {
        type: "auth.sign_in.failed",
        actorId: user.id,
        target: { type: "user", id: user.id },
        data: { email, reason: "disabled", failures: state.pairFailures },
        ip: input.ip,
      }),
    );
    return { ok: false, code: "DISABLED" };
  }

  return db.$transaction(async (tx) => {
    const count = await countFailure(tx, keys, settings, now());
    const target = user ? { type: "user", id: user.id } : undefined;
    await writeAudit(tx, {
      type: "auth.sign_in.failed",
      actorId: user?.id ?? null,
      target,
      data: {
        email,
        reason: "bad_credentials",
        failures: count.pair,
        accountFailures: count.account,
        ...(count.address !== null ? { addressFailures: count.address } : {}),
      },
      ip: input.ip,
    });
    for (const lock of count.newLocks) {
      await writeAudit(tx, {
        type: "auth.sign_in.locked",
        actorId: user?.id ?? null,
        target,
        data: { email, until: lock.until.toISOString(), scope: lock.scope },
        ip: input.ip,
      });
    }
    if (!count.lockedBy) return { ok: false, code: "BAD_CREDENTIALS" } as const;
    return { ok: false, code: "LOCKED", retryAfterMinutes: settings.lockMinutes } as const;
  });
}

function minutesUntil(until: Date, now: Date) {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
