import { setTimeout as sleep } from "node:timers/promises";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db";
import { verifyPassword } from "./password";

export type SignInSettings = { maxFailures: number; lockMinutes: number; slowdownMs: number };

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; code: "BAD_CREDENTIALS" | "DISABLED" }
  | { ok: false; code: "LOCKED"; retryAfterMinutes: number };

export const normalizeEmail = (email: string) => email.trim().normalize("NFC").toLowerCase();

/**
 * Checks an e-mail and password. Failures are counted per address (known or not): from the third one each
 * answer is slowed, and at `maxFailures` the address is refused for `lockMinutes`. A success clears the count.
 * Every attempt writes an audit row.
 */
export async function signInWithPassword(
  db: Db,
  input: { email: string; password: string; ip: string | null },
  settings: SignInSettings,
  now: () => Date = () => new Date(),
): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const throttle = await db.signInThrottle.findUnique({ where: { key: email } });
  const windowMs = settings.lockMinutes * 60_000;

  if (throttle?.lockedUntil && throttle.lockedUntil > now()) {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        type: "auth.sign_in.failed",
        actorId: null,
        data: { email, reason: "locked", failures: throttle.failures },
        ip: input.ip,
      }),
    );
    return { ok: false, code: "LOCKED", retryAfterMinutes: minutesUntil(throttle.lockedUntil, now()) };
  }

  const recentFailures =
    throttle && now().getTime() - throttle.lastFailedAt.getTime() < windowMs ? throttle.failures : 0;
  if (recentFailures >= 2 && settings.slowdownMs > 0) {
    await sleep(Math.min(settings.slowdownMs * (recentFailures - 1), 10_000));
  }

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);

  if (user && passwordOk && user.status === "ACTIVE") {
    await db.$transaction(async (tx) => {
      await tx.signInThrottle.deleteMany({ where: { key: email } });
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now() } });
      await recordAudit(tx, {
        type: "auth.sign_in.succeeded",
        actorId: user.id,
        target: { type: "user", id: user.id },
        data: { email },
        ip: input.ip,
      });
    });
    return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
  }

  if (user && passwordOk) {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        type: "auth.sign_in.failed",
        actorId: user.id,
        target: { type: "user", id: user.id },
        data: { email, reason: "disabled", failures: recentFailures },
        ip: input.ip,
      }),
    );
    return { ok: false, code: "DISABLED" };
  }

  return db.$transaction(async (tx) => {
    // One statement, so that parallel guesses cannot both read the same count.
    const [row] = await tx.$queryRaw<{ failures: number }[]>`
      INSERT INTO sign_in_throttle (key, failures, "lastFailedAt")
      VALUES (${email}, 1, ${now()})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN sign_in_throttle."lastFailedAt" < ${new Date(now().getTime() - windowMs)}
                        THEN 1 ELSE sign_in_throttle.failures + 1 END,
        "lastFailedAt" = EXCLUDED."lastFailedAt"
      RETURNING failures`;
    const failures = row?.failures ?? 1;
    const target = user ? { type: "user", id: user.id } : undefined;
    await recordAudit(tx, {
      type: "auth.sign_in.failed",
      actorId: user?.id ?? null,
      target,
      data: { email, reason: "bad_credentials", failures },
      ip: input.ip,
    });
    if (failures < settings.maxFailures) return { ok: false, code: "BAD_CREDENTIALS" } as const;
    const until = new Date(now().getTime() + windowMs);
    await tx.signInThrottle.update({ where: { key: email }, data: { lockedUntil: until } });
    await recordAudit(tx, {
      type: "auth.sign_in.locked",
      actorId: user?.id ?? null,
      target,
      data: { email, until: until.toISOString() },
      ip: input.ip,
    });
    return { ok: false, code: "LOCKED", retryAfterMinutes: settings.lockMinutes } as const;
  });
}

function minutesUntil(until: Date, now: Date) {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
