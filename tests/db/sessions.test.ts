import { randomUUID } from "node:crypto";
import { scopeFor } from "@/lib/auth/scope";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { actorOfSession, endSession, lastSeenIntervalMs, sessionOf } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { signOutEverywhere, signOutUserEverywhere } from "@/lib/users/mutations";
import { createSession, liveSessionsOf } from "@/tests/factories/sessions";
import { actorOf, createActor, createUser } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";

const ip = "198.51.100.31";
const userTarget = (id: string) => ({ type: "user", id });

/** A client that counts the SQL statements it sends. */
const statements: string[] = [];
const counted = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }),
  log: [{ emit: "event", level: "query" }],
});
counted.$on("query", (e) => statements.push(e.query));
afterAll(() => counted.$disconnect());

describe("actorOfSession", () => {
  it("gives the actor of a live session in one statement (the session joined to its user)", async () => {
    const user = await createUser({ role: "DOST_INSPECTOR" });
    const session = await createSession(user.id);
    statements.length = 0;
    const actor = await actorOfSession(counted, { sessionId: session.id, userId: user.id, now: new Date() });
    expect(actor).toEqual(actorOf(user));
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/user_session/);
    expect(statements[0]).toMatch(/user_account/);
  });

  it("gives the user's stored language with the actor, in the same one statement", async () => {
    const user = await createUser({ role: "AGENCY_OFFICER" });
    await db.user.update({ where: { id: user.id }, data: { locale: "en" } });
    const session = await createSession(user.id);
    statements.length = 0;
    const found = await sessionOf(counted, { sessionId: session.id, userId: user.id, now: new Date() });
    expect(found).toEqual({ actor: actorOf(user), locale: "en" });
    expect(statements).toHaveLength(1);
  });

  it.each([
    ["missing", async (userId: string) => ({ id: randomUUID(), userId })],
    [
      "revoked",
      async (userId: string) => ({ id: (await createSession(userId, { revokedAt: new Date() })).id, userId }),
    ],
    [
      "expired",
      async (userId: string) => ({
        id: (await createSession(userId, { expiresAt: new Date(Date.now() - 1000) })).id,
        userId,
      }),
    ],
    ["another user's", async (userId: string) => ({ id: (await createSession((await createUser()).id)).id, userId })],
  ])("refuses a %s session", async (_label, make) => {
    const user = await createUser();
    const { id, userId } = await make(user.id);
    expect(await actorOfSession(db, { sessionId: id, userId, now: new Date() })).toBeNull();
  });

  it("refuses the session of a disabled user", async () => {
    const user = await createUser({ status: "DISABLED" });
    const session = await createSession(user.id);
    expect(await actorOfSession(db, { sessionId: session.id, userId: user.id, now: new Date() })).toBeNull();
  });

  it("writes lastSeenAt only when it is older than the interval, and then once", async () => {
    const user = await createUser();
    const seen = new Date(Date.now() - 60_000);
    const session = await createSession(user.id, { lastSeenAt: seen });
    statements.length = 0;
    await actorOfSession(counted, { sessionId: session.id, userId: user.id, now: new Date() });
    expect(statements).toHaveLength(1);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt).toEqual(seen);

    const later = new Date(seen.getTime() + lastSeenIntervalMs + 1000);
    await Promise.all([1, 2, 3].map(() => actorOfSession(db, { sessionId: session.id, userId: user.id, now: later })));
    expect((await db.userSession.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt).toEqual(later);
  });
});

describe("endSession (signing out)", () => {
  it("revokes the session with its audit row, and a replay of the same token changes nothing", async () => {
    const user = await createUser();
    const session = await createSession(user.id);
    const other = await createSession(user.id);
    expect(await endSession(db, { sessionId: session.id, userId: user.id, ip, now: new Date() })).toBe(true);
    expect(await actorOfSession(db, { sessionId: session.id, userId: user.id, now: new Date() })).toBeNull();
    expect((await liveSessionsOf(user.id)).map((s) => s.id)).toEqual([other.id]);
    const rows = await auditRowsFor(userTarget(user.id), "auth.sign_out");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: user.id, ip, data: { sessionId: session.id } });

    expect(await endSession(db, { sessionId: session.id, userId: user.id, ip, now: new Date() })).toBe(false);
    expect(await auditRowsFor(userTarget(user.id), "auth.sign_out")).toHaveLength(1);
  });

  it("cannot end another user's session", async () => {
    const owner = await createUser();
    const session = await createSession(owner.id);
    const other = await createUser();
    expect(await endSession(db, { sessionId: session.id, userId: other.id, ip, now: new Date() })).toBe(false);
    expect(await liveSessionsOf(owner.id)).toHaveLength(1);
  });
});

describe("sign out everywhere", () => {
  it("a user ends all their own sessions, audited with the count; other users' sessions stay", async () => {
    const { user, actor } = await createActor("AGENCY_OFFICER");
    await Promise.all([
      createSession(user.id),
      createSession(user.id),
      createSession(user.id, { revokedAt: new Date() }),
    ]);
    const bystander = await createUser();
    await createSession(bystander.id);

    expect(await signOutEverywhere({ confirm: "yes" }, { scope: scopeFor(actor), ip })).toEqual({ sessions: 2 });
    expect(await liveSessionsOf(user.id)).toEqual([]);
    expect(await liveSessionsOf(bystander.id)).toHaveLength(1);
    const rows = await auditRowsFor(userTarget(user.id), "auth.signed_out_everywhere");
    expect(rows.map((r) => [r.actorId, r.ip, r.data])).toEqual([[user.id, ip, { sessions: 2 }]]);
  });

  it("an administrator ends every session of another user", async () => {
    const { actor: admin } = await createActor("DOST_ADMIN");
    const user = await createUser();
    await Promise.all([createSession(user.id), createSession(user.id)]);
    expect(await signOutUserEverywhere({ id: user.id }, { scope: scopeFor(admin), ip })).toEqual({
      id: user.id,
      sessions: 2,
    });
    expect(await liveSessionsOf(user.id)).toEqual([]);
    const rows = await auditRowsFor(userTarget(user.id), "user.sessions_revoked");
    expect(rows.map((r) => [r.actorId, r.ip, r.data])).toEqual([[admin.id, ip, { sessions: 2 }]]);
  });

  it.each(["DOST_INSPECTOR", "PARTNER_INSPECTOR", "AGENCY_OFFICER", "COMMITTEE_VIEWER"] as const)(
    "%s may not end another user's sessions",
    async (role) => {
      const { actor } = await createActor(role);
      const user = await createUser();
      await createSession(user.id);
      expect((await appError(signOutUserEverywhere({ id: user.id }, { scope: scopeFor(actor), ip }))).code).toBe(
        "FORBIDDEN",
      );
      expect(await liveSessionsOf(user.id)).toHaveLength(1);
      expect(await auditRowsFor(userTarget(user.id))).toEqual([]);
    },
  );

  it("answers NOT_FOUND for an unknown user", async () => {
    const { actor: admin } = await createActor("DOST_ADMIN");
    expect((await appError(signOutUserEverywhere({ id: randomUUID() }, { scope: scopeFor(admin), ip }))).code).toBe(
      "NOT_FOUND",
    );
  });
});
