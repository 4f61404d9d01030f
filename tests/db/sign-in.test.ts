import { describe, expect, it } from "vitest";
import { signInWithPassword, type SignInSettings } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { auditRowsForEmail } from "@/tests/support/audit";
import { createUser, factoryPassword } from "@/tests/factories/users";
import { uniqueEmail } from "@/tests/factories/unique";

const settings: SignInSettings = { maxFailures: 3, lockMinutes: 15, slowdownMs: 0 };
const ip = "203.0.113.9";
const minutes = (n: number) => n * 60_000;

/** A clock the test moves by hand. */
function clock(start = new Date()) {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

const attempt = (email: string, password: string, now?: () => Date) => signInWithPassword(db, { email, password, ip }, settings, now);
const throttleOf = (email: string) => db.signInThrottle.findUnique({ where: { key: email } });

describe("signInWithPassword", () => {
  it("signs in with the right password, records lastSignInAt and an audit row", async () => {
    const user = await createUser();
    const at = new Date("2021-03-01T02:00:00Z");
    const result = await attempt(user.email, factoryPassword, () => at);
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toEqual(at);
    const rows = await auditRowsForEmail("auth.sign_in.succeeded", user.email);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: user.id, targetType: "user", targetId: user.id, ip, data: { email: user.email } });
  });

  it("normalises the address: case and surrounding spaces do not matter", async () => {
    const user = await createUser();
    expect((await attempt(`  ${user.email.toUpperCase()} `, factoryPassword)).ok).toBe(true);
  });

  it("refuses a wrong password and records the failure with its count", async () => {
    const user = await createUser();
    expect(await attempt(user.email, "wrong password 1")).toEqual({ ok: false, code: "BAD_CREDENTIALS" });
    expect(await attempt(user.email, "wrong password 2")).toEqual({ ok: false, code: "BAD_CREDENTIALS" });
    const rows = await auditRowsForEmail("auth.sign_in.failed", user.email);
    expect(rows.map((r) => r.data)).toEqual([
      { email: user.email, reason: "bad_credentials", failures: 1 },
      { email: user.email, reason: "bad_credentials", failures: 2 },
    ]);
    expect(rows[0]).toMatchObject({ actorId: user.id, targetType: "user", targetId: user.id, ip });
    expect((await throttleOf(user.email))?.failures).toBe(2);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
  });

  it("counts failures for an unknown address too, and locks it", async () => {
    const email = uniqueEmail("nobody");
    expect(await attempt(email, "guess 1")).toEqual({ ok: false, code: "BAD_CREDENTIALS" });
    expect(await attempt(email, "guess 2")).toEqual({ ok: false, code: "BAD_CREDENTIALS" });
    expect(await attempt(email, "guess 3")).toEqual({ ok: false, code: "LOCKED", retryAfterMinutes: 15 });
    expect((await throttleOf(email))?.failures).toBe(3);
    const failed = await auditRowsForEmail("auth.sign_in.failed", email);
    expect(failed.map((r) => (r.data as { failures: number }).failures)).toEqual([1, 2, 3]);
    expect(failed.every((r) => r.actorId === null && r.targetId === null)).toBe(true);
    expect(await auditRowsForEmail("auth.sign_in.locked", email)).toHaveLength(1);
  });

  it("locks after maxFailures, refuses even the right password while locked, and lets it in after the lock window", async () => {
    const user = await createUser();
    const time = clock(new Date("2021-06-01T01:00:00Z"));
    expect((await attempt(user.email, "nope 1", time.now)).ok).toBe(false);
    time.advance(1000);
    expect((await attempt(user.email, "nope 2", time.now)).ok).toBe(false);
    time.advance(1000);
    const lockedAt = time.now();
    expect(await attempt(user.email, "nope 3", time.now)).toEqual({ ok: false, code: "LOCKED", retryAfterMinutes: 15 });

    const throttle = await throttleOf(user.email);
    expect(throttle?.lockedUntil).toEqual(new Date(lockedAt.getTime() + minutes(15)));
    const locked = await auditRowsForEmail("auth.sign_in.locked", user.email);
    expect(locked).toHaveLength(1);
    expect(locked[0]).toMatchObject({ actorId: user.id, targetId: user.id, data: { email: user.email, until: throttle!.lockedUntil!.toISOString() } });

    // Ten minutes later: still locked, even with the right password, and the remaining time is reported.
    time.advance(minutes(10));
    expect(await attempt(user.email, factoryPassword, time.now)).toEqual({ ok: false, code: "LOCKED", retryAfterMinutes: 5 });
    const refused = (await auditRowsForEmail("auth.sign_in.failed", user.email)).at(-1);
    expect(refused?.data).toEqual({ email: user.email, reason: "locked", failures: 3 });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
    expect((await throttleOf(user.email))?.failures).toBe(3);

    // After the window the right password works and clears the count.
    time.advance(minutes(6));
    const result = await attempt(user.email, factoryPassword, time.now);
    expect(result.ok).toBe(true);
    expect(await throttleOf(user.email)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toEqual(time.now());
  });

  it("starts counting afresh once the last failure is older than the window", async () => {
    const user = await createUser();
    const time = clock(new Date("2021-06-01T01:00:00Z"));
    await attempt(user.email, "nope 1", time.now);
    await attempt(user.email, "nope 2", time.now);
    time.advance(minutes(16));
    expect(await attempt(user.email, "nope 3", time.now)).toEqual({ ok: false, code: "BAD_CREDENTIALS" });
    expect((await throttleOf(user.email))?.failures).toBe(1);
  });

  it("a success clears earlier failures", async () => {
    const user = await createUser();
    await attempt(user.email, "nope 1");
    await attempt(user.email, "nope 2");
    expect((await attempt(user.email, factoryPassword)).ok).toBe(true);
    expect(await throttleOf(user.email)).toBeNull();
    expect(await attempt(user.email, "nope 3")).toEqual({ ok: false, code: "BAD_CREDENTIALS" });
    expect((await throttleOf(user.email))?.failures).toBe(1);
  });

  it("refuses a disabled user with the right password as DISABLED", async () => {
    const user = await createUser({ status: "DISABLED" });
    expect(await attempt(user.email, factoryPassword)).toEqual({ ok: false, code: "DISABLED" });
    const rows = await auditRowsForEmail("auth.sign_in.failed", user.email);
    expect(rows.map((r) => r.data)).toEqual([{ email: user.email, reason: "disabled", failures: 0 }]);
    expect(await auditRowsForEmail("auth.sign_in.succeeded", user.email)).toEqual([]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
  });

  it("a disabled user with a wrong password gets BAD_CREDENTIALS (the status does not leak)", async () => {
    const user = await createUser({ status: "DISABLED" });
    expect(await attempt(user.email, "wrong")).toEqual({ ok: false, code: "BAD_CREDENTIALS" });
  });

  it("counts parallel wrong attempts atomically and ends locked", async () => {
    const user = await createUser();
    const attempts = settings.maxFailures + 2;
    const results = await Promise.all(Array.from({ length: attempts }, (_, i) => attempt(user.email, `parallel guess ${i}`)));
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(results.filter((r) => !r.ok && r.code === "LOCKED").length).toBeGreaterThanOrEqual(attempts - settings.maxFailures + 1);
    const throttle = await throttleOf(user.email);
    expect(throttle?.failures).toBe(attempts);
    expect(throttle?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    const counts = (await auditRowsForEmail("auth.sign_in.failed", user.email)).map((r) => (r.data as { failures: number }).failures);
    expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: attempts }, (_, i) => i + 1));
    expect(await attempt(user.email, factoryPassword)).toMatchObject({ ok: false, code: "LOCKED" });
  });
});
