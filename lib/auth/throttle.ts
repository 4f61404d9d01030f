import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Sign-in throttling, in table sign_in_throttle, with three counters per failed attempt:
 * - the account from this address ("pair"): locked for `lockMinutes` after `maxFailures` failures, so a
 *   guesser locks only themselves out;
 * - the account from any address: never locked (else anyone could lock anyone out, administrators
 *   included), only slowed: from the third failure each attempt waits `slowdownMs` more, at most
 *   `maxDelayMs`;
 * - the address across accounts (credential stuffing): locked after `addressMaxFailures` failures. A whole
 *   office behind one NAT address shares this counter, so its threshold is much higher than the pair's.
 * A counter counts failures within `lockMinutes` of the previous one, and restarts after a quiet spell
 * that long. An unknown address (null) has a pair counter of its own ("unknown") but no address counter.
 */
export type ThrottleSettings = {
  maxFailures: number;
  addressMaxFailures: number;
  lockMinutes: number;
  slowdownMs: number;
  maxDelayMs: number;
};

export type LockScope = "pair" | "address";

/** Keys in the order every statement locks them (pair, account, address), so parallel attempts cannot deadlock. */
export type ThrottleKeys = { pair: string; account: string; address: string | null };

export function throttleKeys(email: string, ip: string | null): ThrottleKeys {
  // An IP address never contains "|", so the pair key names one (account, address) pair only.
  return {
    pair: `pair:${email}|${ip ?? "unknown"}`,
    account: `account:${email}`,
    address: ip ? `address:${ip}` : null,
  };
}

/** Every key of an account (its pairs from every address, and its own), for clearing after a password reset. */
export function accountKeysWhere(email: string): Prisma.SignInThrottleWhereInput {
  return { OR: [{ key: `account:${email}` }, { key: { startsWith: `pair:${email}|` } }] };
}

const keyList = (keys: ThrottleKeys) => [keys.pair, keys.account, ...(keys.address ? [keys.address] : [])];

export type ThrottleState = {
  /** The lock that refuses this attempt, if any (the later one when both apply). */
  lock: { scope: LockScope; until: Date } | null;
  pairFailures: number;
  accountFailures: number;
  /** How long to pause before checking the password. */
  delayMs: number;
};

/** The counters before an attempt, in one query. */
export async function readThrottle(
  db: Db,
  keys: ThrottleKeys,
  settings: ThrottleSettings,
  now: Date,
): Promise<ThrottleState> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keyList(keys) } } });
  const row = (key: string | null) => rows.find((r) => r.key === key);
  const windowStart = now.getTime() - settings.lockMinutes * 60_000;
  const recent = (key: string | null) => {
    const found = row(key);
    return found && found.lastFailedAt.getTime() >= windowStart ? found.failures : 0;
  };
  const locks = (["pair", "address"] as const)
    .map((scope) => ({ scope, until: row(keys[scope])?.lockedUntil ?? null }))
    .filter((l): l is { scope: LockScope; until: Date } => !!l.until && l.until > now)
    .sort((a, b) => b.until.getTime() - a.until.getTime());
  const accountFailures = recent(keys.account);
  const delayMs = accountFailures >= 2 ? Math.min(settings.slowdownMs * (accountFailures - 1), settings.maxDelayMs) : 0;
  return { lock: locks[0] ?? null, pairFailures: recent(keys.pair), accountFailures, delayMs };
}

export type FailureCount = {
  pair: number;
  account: number;
  address: number | null;
  /** Locks this failure set (the attempt that reached a threshold); each is audited once. */
  newLocks: { scope: LockScope; until: Date }[];
  /** Set when this attempt is at or past a threshold: answer LOCKED. */
  lockedBy: LockScope | null;
};

/**
 * Counts one failure on every counter in ONE statement, so parallel guesses cannot read the same count,
 * and sets the lock of a counter that has just reached its threshold. In the caller's transaction.
 */
export async function countFailure(
  tx: Tx,
  keys: ThrottleKeys,
  settings: ThrottleSettings,
  now: Date,
): Promise<FailureCount> {
  const windowStart = new Date(now.getTime() - settings.lockMinutes * 60_000);
  const values = keyList(keys).map((key) => Prisma.sql`(${key}, 1, ${now})`);
  const rows = await tx.$queryRaw<{ key: string; failures: number }[]>`
    INSERT INTO sign_in_throttle (key, failures, "lastFailedAt")
    VALUES ${Prisma.join(values)}
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN sign_in_throttle."lastFailedAt" < ${windowStart} THEN 1 ELSE sign_in_throttle.failures + 1 END,
      "lastFailedAt" = EXCLUDED."lastFailedAt"
    RETURNING key, failures`;
  const failuresOf = (key: string | null) => rows.find((r) => r.key === key)?.failures ?? null;
  const pair = failuresOf(keys.pair) ?? 1;
  const account = failuresOf(keys.account) ?? 1;
  const address = failuresOf(keys.address);
  const until = new Date(now.getTime() + settings.lockMinutes * 60_000);
  const newLocks: FailureCount["newLocks"] = [];
  if (pair === settings.maxFailures) newLocks.push({ scope: "pair", until });
  if (address === settings.addressMaxFailures) newLocks.push({ scope: "address", until });
  for (const lock of newLocks) {
    await tx.signInThrottle.update({ where: { key: keys[lock.scope]! }, data: { lockedUntil: lock.until } });
  }
  const lockedBy =
    pair >= settings.maxFailures
      ? "pair"
      : address !== null && address >= settings.addressMaxFailures
        ? "address"
        : null;
  return { pair, account, address, newLocks, lockedBy };
}

/** A success ends this address's failures at this account (the account's and the address's counters decay on their own). */
export async function clearPair(tx: Tx, keys: ThrottleKeys): Promise<void> {
  await tx.signInThrottle.deleteMany({ where: { key: keys.pair } });
}
