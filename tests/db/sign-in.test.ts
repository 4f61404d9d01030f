import { describe, expect, it } from "vitest";
import { signInWithPassword, type SignInSettings } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { auditRowsForEmail } from "@/tests/support/audit";
import { createUser, factoryPassword } from "@/tests/factories/users";
import { uniqueEmail, uniqueIp } from "@/tests/factories/unique";

const settings: SignInSettings = {
  maxFailures: 3,
  addressMaxFailures: 6,
  lockMinutes: 15,
  slowdownMs: 0,
  maxDelayMs: 0,
  sessionMaxAgeMs: 8 * 3_600_000,
};
const minutes = (n: number) => n * 60_000;

/** A clock the test moves by hand. */
function clock(start = new Date()) {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

/** Attempts from one address; every test has addresses of its own (address counters span accounts). */
function from(ip: string) {
  return (email: string, password: string, now?: () => Date) =>
    signInWithPassword(db, { email, password, ip, userAgent: "Vitest" }, settings, now);
}
const pairOf = (email: string, ip: string) => db.signInThrottle.findUnique({ where: { key: `pair:${email}|${ip}` } });
const counter = async (key: string) => (await db.signInThrottle.findUnique({ where: { key } }))?.failures ?? 0;

describe("signInWithPassword", () => {
  it("signs in with the right password: lastSignInAt, a server-side session and its audit row in one go", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    const at = new Date("2021-03-01T02:00:00Z");
    const result = await from(ip)(user.email, factoryPassword, () => at);
    if (!result.ok) throw new Error("sign-in refused");
    expect(result.user).toEqual({ id: user.id, email: user.email, name: user.name, sessionId: expect.any(String) });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toEqual(at);
    const session = await db.userSession.findUniqueOrThrow({ where: { id: result.user.sessionId } });
    expect(session).toMatchObject({
      userId: user.id,
      createdAt: at,
      lastSeenAt: at,
      expiresAt: new Date(at.getTime() + settings.sessionMaxAgeMs),
      revokedAt: null,
      ip,
      userAgent: "Vitest",
    });
    const rows = await auditRowsForEmail("auth.sign_in.succeeded", user.email);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: user.id,
      targetType: "user",
      targetId: user.id,
      ip,
      data: { email: user.email, sessionId: session.id },
    });
  });

  it("normalises the address: case and surrounding spaces do not matter", async () => {
    const user = await createUser();
    expect((await from(uniqueIp())(`  ${user.email.toUpperCase()} `, factoryPassword)).ok).toBe(true);
  });

  it("refuses a wrong password and records the failure with its counts and address", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    expect(await from(ip)(user.email, "wrong password 1")).toEqual({ ok: false, code: "BAD_CREDENTIALS" });
    expect(await from(ip)(user.email, "wrong password 2")).toEqual({ ok: false, code: "BAD_CREDENTIALS" });
    const rows = await auditRowsForEmail("auth.sign_in.failed", user.email);
    expect(rows.map((r) => r.data)).toEqual([
      { email: user.email, reason: "bad_credentials", failures: 1, accountFailures: 1, addressFailures: 1 },
      { email: user.email, reason: "bad_credentials", failures: 2, accountFailures: 2, addressFailures: 2 },
    ]);
    expect(rows[0]).toMatchObject({ actorId: user.id, targetType: "user", targetId: user.id, ip });
    expect((await pairOf(user.email, ip))?.failures).toBe(2);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
  });

  it("counts failures for an unknown address too, and locks that pair", async () => {
    const email = uniqueEmail("nobody");
    const attempt = from(uniqueIp());
    expect(await attempt(email, "guess 1")).toEqual({ ok: false, code: "BAD_CREDENTIALS" });
    expect(await attempt(email, "guess 2")).toEqual({ ok: false, code: "BAD_CREDENTIALS" });
    expect(await attempt(email, "guess 3")).toEqual({ ok: false, code: "LOCKED", retryAfterMinutes: 15 });
    const failed = await auditRowsForEmail("auth.sign_in.failed", email);
    expect(failed.map((r) => (r.data as { failures: number }).failures)).toEqual([1, 2, 3]);
    expect(failed.every((r) => r.actorId === null && r.targetId === null)).toBe(true);
    expect(
      (await auditRowsForEmail("auth.sign_in.locked", email)).map((r) => (r.data as { scope: string }).scope),
    ).toEqual(["pair"]);
  });

  it("locks the pair after maxFailures, refuses even the right password from there, and lets it in after the window", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    const attempt = from(ip);
    const time = clock(new Date("2021-06-01T01:00:00Z"));
    expect((await attempt(user.email, "nope 1", time.now)).ok).toBe(false);
    time.advance(1000);
    expect((await attempt(user.email, "nope 2", time.now)).ok).toBe(false);
    time.advance(1000);
    const lockedAt = time.now();
    expect(await attempt(user.email, "nope 3", time.now)).toEqual({ ok: false, code: "LOCKED", retryAfterMinutes: 15 });

    const throttle = await pairOf(user.email, ip);
    expect(throttle?.lockedUntil).toEqual(new Date(lockedAt.getTime() + minutes(15)));
    const locked = await auditRowsForEmail("auth.sign_in.locked", user.email);
    expect(locked).toHaveLength(1);
    expect(locked[0]).toMatchObject({
      actorId: user.id,
      targetId: user.id,
      ip,
      data: { email: user.email, until: throttle!.lockedUntil!.toISOString(), scope: "pair" },
    });

    time.advance(minutes(10));
    expect(await attempt(user.email, factoryPassword, time.now)).toEqual({
      ok: false,
      code: "LOCKED",
      retryAfterMinutes: 5,
    });
    const refused = (await auditRowsForEmail("auth.sign_in.failed", user.email)).at(-1);
    expect(refused).toMatchObject({ ip, data: { email: user.email, reason: "locked", failures: 3, lock: "pair" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();

    time.advance(minutes(6));
    expect((await attempt(user.email, factoryPassword, time.now)).ok).toBe(true);
    expect(await pairOf(user.email, ip)).toBeNull();
  });

  it("an attacker's address locks itself out, yet the real user signs in from another address at once", async () => {
    const user = await createUser({ role: "DOST_ADMIN" });
    const attacker = from(uniqueIp());
    for (let i = 1; i < settings.maxFailures; i++)
      expect(await attacker(user.email, `guess ${i}`)).toEqual({ ok: false, code: "BAD_CREDENTIALS" });
    expect(await attacker(user.email, "guess last")).toMatchObject({ ok: false, code: "LOCKED" });
    expect(await attacker(user.email, factoryPassword)).toMatchObject({ ok: false, code: "LOCKED" });

    const owner = await from(uniqueIp())(user.email, factoryPassword);
    expect(owner.ok).toBe(true);
    expect(await db.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
  });

  it("never locks an account across addresses: failures from many addresses only slow it, up to a bound", async () => {
    const user = await createUser();
    for (let i = 0; i < 4; i++) {
      const attempt = from(uniqueIp());
      for (let j = 0; j < settings.maxFailures - 1; j++)
        expect(await attempt(user.email, `spray ${i}.${j}`)).toEqual({ ok: false, code: "BAD_CREDENTIALS" });
    }
    expect(await counter(`account:${user.email}`)).toBe(4 * (settings.maxFailures - 1));

    // Slowed, but by no more than maxDelayMs, and then let in.
    const slow: SignInSettings = { ...settings, slowdownMs: 40, maxDelayMs: 150 };
    const started = Date.now();
    const result = await signInWithPassword(db, { email: user.email, password: factoryPassword, ip: uniqueIp() }, slow);
    const took = Date.now() - started;
    expect(result.ok).toBe(true);
    expect(took).toBeGreaterThanOrEqual(150);
    expect(took).toBeLessThan(150 + 2000);
    expect(await auditRowsForEmail("auth.sign_in.locked", user.email)).toEqual([]);
  });

  it("locks an address that tries many accounts (credential stuffing), for every account, and only that address", async () => {
    const ip = uniqueIp();
    const stuffer = from(ip);
    const victims = await Promise.all(Array.from({ length: settings.addressMaxFailures }, () => createUser()));
    for (const [i, victim] of victims.entries()) {
      const expected = i + 1 < settings.addressMaxFailures ? "BAD_CREDENTIALS" : "LOCKED";
      expect(await stuffer(victim.email, "Password123")).toMatchObject({ ok: false, code: expected });
    }
    expect(await counter(`address:${ip}`)).toBe(settings.addressMaxFailures);
    const last = victims.at(-1)!;
    expect(
      (await auditRowsForEmail("auth.sign_in.locked", last.email)).map((r) => [
        r.ip,
        (r.data as { scope: string }).scope,
      ]),
    ).toEqual([[ip, "address"]]);

    // Another account, even with its right password, is refused from that address…
    const other = await createUser();
    expect(await stuffer(other.email, factoryPassword)).toMatchObject({ ok: false, code: "LOCKED" });
    expect((await auditRowsForEmail("auth.sign_in.failed", other.email)).map((r) => r.data)).toEqual([
      { email: other.email, reason: "locked", failures: 0, lock: "address" },
    ]);
    // …and every one of them signs in from elsewhere.
    expect((await from(uniqueIp())(other.email, factoryPassword)).ok).toBe(true);
    expect((await from(uniqueIp())(victims[0]!.email, factoryPassword)).ok).toBe(true);
  });

  it("starts counting afresh once the last failure is older than the window", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    const time = clock(new Date("2021-06-01T01:00:00Z"));
    await from(ip)(user.email, "nope 1", time.now);
    await from(ip)(user.email, "nope 2", time.now);
    time.advance(minutes(16));
    expect(await from(ip)(user.email, "nope 3", time.now)).toEqual({ ok: false, code: "BAD_CREDENTIALS" });
    expect((await pairOf(user.email, ip))?.failures).toBe(1);
  });

  it("a success clears this address's failures at the account", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    await from(ip)(user.email, "nope 1");
    await from(ip)(user.email, "nope 2");
    expect((await from(ip)(user.email, factoryPassword)).ok).toBe(true);
    expect(await pairOf(user.email, ip)).toBeNull();
    expect(await from(ip)(user.email, "nope 3")).toEqual({ ok: false, code: "BAD_CREDENTIALS" });
    expect((await pairOf(user.email, ip))?.failures).toBe(1);
  });

  it("refuses a disabled user with the right password as DISABLED", async () => {
    const user = await createUser({ status: "DISABLED" });
    expect(await from(uniqueIp())(user.email, factoryPassword)).toEqual({ ok: false, code: "DISABLED" });
    const rows = await auditRowsForEmail("auth.sign_in.failed", user.email);
    expect(rows.map((r) => r.data)).toEqual([{ email: user.email, reason: "disabled", failures: 0 }]);
    expect(await auditRowsForEmail("auth.sign_in.succeeded", user.email)).toEqual([]);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a disabled user with a wrong password gets BAD_CREDENTIALS (the status does not leak)", async () => {
    const user = await createUser({ status: "DISABLED" });
    expect(await from(uniqueIp())(user.email, "wrong")).toEqual({ ok: false, code: "BAD_CREDENTIALS" });
  });

  it("counts parallel wrong attempts atomically on every counter and ends locked", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    const attempts = settings.maxFailures + 2;
    const results = await Promise.all(
      Array.from({ length: attempts }, (_, i) => from(ip)(user.email, `parallel guess ${i}`)),
    );
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(results.filter((r) => !r.ok && r.code === "LOCKED").length).toBeGreaterThanOrEqual(
      attempts - settings.maxFailures + 1,
    );
    expect(await counter(`pair:${user.email}|${ip}`)).toBe(attempts);
    expect(await counter(`account:${user.email}`)).toBe(attempts);
    expect(await counter(`address:${ip}`)).toBe(attempts);
    expect((await pairOf(user.email, ip))?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    const counts = (await auditRowsForEmail("auth.sign_in.failed", user.email)).map(
      (r) => (r.data as { failures: number }).failures,
    );
    expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: attempts }, (_, i) => i + 1));
    expect(await auditRowsForEmail("auth.sign_in.locked", user.email)).toHaveLength(1);
    expect(await from(ip)(user.email, factoryPassword)).toMatchObject({ ok: false, code: "LOCKED" });
  });

  it("counts parallel stuffing from one address exactly and locks the address once", async () => {
    const ip = uniqueIp();
    const attempts = settings.addressMaxFailures + 3;
    const emails = Array.from({ length: attempts }, () => uniqueEmail("stuffed"));
    const results = await Promise.all(emails.map((email) => from(ip)(email, "Password123")));
    expect(results.filter((r) => !r.ok && r.code === "LOCKED").length).toBeGreaterThanOrEqual(
      attempts - settings.addressMaxFailures + 1,
    );
    // An attempt that started after the lock was committed is refused before it counts.
    const rows = (await db.auditEvent.findMany({ where: { ip, type: "auth.sign_in.failed" } })).map(
      (r) => r.data as { reason: string; addressFailures?: number },
    );
    const counted = rows
      .filter((r) => r.reason === "bad_credentials")
      .map((r) => r.addressFailures!)
      .sort((a, b) => a - b);
    expect(counted).toEqual(Array.from({ length: counted.length }, (_, i) => i + 1));
    expect(counted.length).toBeGreaterThanOrEqual(settings.addressMaxFailures);
    expect(rows).toHaveLength(attempts);
    expect(await counter(`address:${ip}`)).toBe(counted.length);
    expect(await db.auditEvent.count({ where: { ip, type: "auth.sign_in.locked" } })).toBe(1);
  });
});
