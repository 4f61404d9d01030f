import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { scopeFor } from "@/lib/auth/scope";
import { createDb, db, type Db } from "@/lib/db";
import { addDays } from "@/lib/dates";
import { migrate } from "@/lib/db/migrate";
import { sendMonthlySummaries, sendWeeklyDigests, sweepDeadlines } from "@/lib/findings/reminders/mutations";
import type { Agency, Finding, User } from "@/lib/generated/prisma/client";
import { renderEmail } from "@/lib/mail/render";
import { setClock, startJobRunner, vietnamMorning, type JobRunner } from "@/lib/jobs";
import { listTables } from "@/lib/backup/catalog";
import { seed } from "@/prisma/seed/seed";
import { createAgency } from "@/tests/factories/agencies";
import { insertInspection } from "@/tests/factories/inspection-rows";
import { insertPlan } from "@/tests/factories/plans";
import { actorOf, createUser } from "@/tests/factories/users";
import { createFreshDatabase, type FreshDb } from "@/tests/support/fresh-db";
import pg from "pg";

/**
 * The sweep and the digests work on every finding and user of the database, so this file has a database of
 * its own (as mail.test.ts does). Two pg-boss runners work the queues, as two app instances would; the
 * queue's clock is moved from two weeks before the due date to a month after it.
 */
const holder = globalThis as unknown as { __qmsDb?: Db };
let fresh: FreshDb;
let client: Db;
let previous: Db | undefined;
let runners: JobRunner[] = [];

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
/** The due date of unit A's findings. */
const due = utc(2051, 8, 15);

let unitA: Agency;
let unitB: Agency;
let officersA: User[];
let officerB: User;
let admin: User;
let inspectorOff: User;
let committeeOn: User;
let committeeOff: User;
/** Unit A, signed off: 1 major OPEN, 2 minor REJECTED, 3 recommendation, 4 major ANSWERED, 5 major CLOSED. */
let signed: Finding[];
/** Unit B, still being filled in: a major finding with a due date (not yet the unit's to answer). */
let draft: Finding[];
/** Unit B, signed off, 20 days overdue when first swept. */
let late: Finding[];

/** Runs a queue's job on both runners at once, at 07:00 in Viet Nam on `day`, and waits until both finished. */
async function runOnBoth(queue: string, day: Date) {
  setClock(() => vietnamMorning(day));
  const ids = await Promise.all(runners.map((runner) => runner.send(queue)));
  await vi.waitFor(
    async () => {
      const jobs = await Promise.all(ids.map((id) => runners[0]!.boss.getJobById(queue, id!)));
      expect(jobs.map((job) => job?.state)).toEqual(["completed", "completed"]);
    },
    { timeout: 20_000, interval: 200 },
  );
}

const reminders = () =>
  db.findingReminder.findMany({ orderBy: [{ sentAt: "asc" }, { kind: "asc" }, { findingId: "asc" }] });
const noticesOf = (user: User, type?: string) =>
  db.notification.findMany({ where: { userId: user.id, ...(type ? { type } : {}) }, orderBy: { createdAt: "asc" } });
const kindsOf = (finding: Finding) =>
  reminders().then((rows) => rows.filter((r) => r.findingId === finding.id).map((r) => r.kind));

beforeAll(async () => {
  fresh = await createFreshDatabase();
  await migrate({ connectionString: fresh.url });
  await seed(fresh.url, { demo: false });
  previous = holder.__qmsDb;
  client = createDb(fresh.url, 6);
  holder.__qmsDb = client;

  [unitA, unitB] = await Promise.all([
    createAgency({ name: "UBND Thành phố Long Xuyên" }),
    createAgency({ name: "UBND Thành phố Châu Đốc" }),
  ]);
  officersA = await Promise.all([
    createUser({ role: "AGENCY_OFFICER", agencyId: unitA.id }),
    createUser({ role: "AGENCY_OFFICER", agencyId: unitA.id, locale: "en" }),
    // digests off changes nothing for deadline reminders
    createUser({ role: "AGENCY_OFFICER", agencyId: unitA.id, digestsEnabled: false }),
  ]);
  officerB = await createUser({ role: "AGENCY_OFFICER", agencyId: unitB.id });
  admin = await createUser({ role: "DOST_ADMIN" });
  inspectorOff = await createUser({ role: "DOST_INSPECTOR", digestsEnabled: false });
  committeeOn = await createUser({ role: "COMMITTEE_VIEWER", locale: "en" });
  committeeOff = await createUser({ role: "COMMITTEE_VIEWER", digestsEnabled: false });
  const plan = await insertPlan({ createdById: admin.id, year: 2051, status: "IN_PROGRESS" });
  const otherPlan = await insertPlan({ createdById: admin.id, year: 2051, status: "IN_PROGRESS" });
  const items = [
    { code: "QD-01", result: "MAJOR_NC" as const },
    { code: "QD-02", result: "MINOR_NC" as const },
    { code: "N-4.1", result: "RECOMMENDATION" as const },
    { code: "N-7.5", result: "MAJOR_NC" as const },
    { code: "N-8.5", result: "MAJOR_NC" as const },
  ];
  signed = (
    await insertInspection({
      planId: plan.id,
      agencyId: unitA.id,
      items,
      findings: [
        { code: "QD-01", severity: "MAJOR", dueDate: due },
        { code: "QD-02", severity: "MINOR", dueDate: due, status: "REJECTED" },
        { code: "N-4.1", severity: "RECOMMENDATION", dueDate: due },
        { code: "N-7.5", severity: "MAJOR", dueDate: due, status: "ANSWERED" },
        { code: "N-8.5", severity: "MAJOR", dueDate: due, status: "CLOSED" },
      ],
    })
  ).findings;
  draft = (
    await insertInspection({
      planId: plan.id,
      agencyId: unitB.id,
      status: "IN_PROGRESS",
      items: [{ code: "QD-01", result: "MAJOR_NC" }],
      findings: [{ code: "QD-01", severity: "MAJOR", dueDate: due }],
    })
  ).findings;
  late = (
    await insertInspection({
      planId: otherPlan.id,
      agencyId: unitB.id,
      items: [{ code: "QD-01", result: "MAJOR_NC" }],
      findings: [{ code: "QD-01", severity: "MAJOR", dueDate: addDays(due, -34) }],
    })
  ).findings;
  runners = await Promise.all(
    [0, 1].map(() =>
      startJobRunner({ connectionString: fresh.url, schedule: false, pollingIntervalSeconds: 0.5, mailer: null }),
    ),
  );
}, 120_000);

afterAll(async () => {
  setClock(null);
  await Promise.all(runners.map((runner) => runner.stop()));
  holder.__qmsDb = previous;
  await client?.$disconnect().catch(() => {});
  await fresh?.drop();
});

describe("the deadline sweep, two workers, a moved clock", () => {
  it("sends each reminder once per finding, kind and due date, only where the unit owes an answer", async () => {
    const [open, rejected, recommendation, answered, closed] = signed as [Finding, Finding, Finding, Finding, Finding];

    // 14 days before the due date; unit B's other finding is already 20 days overdue: OVERDUE only, no stale burst.
    await runOnBoth("deadline-sweep", addDays(due, -14));
    expect(await kindsOf(open)).toEqual(["DUE_IN_14"]);
    expect(await kindsOf(rejected)).toEqual(["DUE_IN_14"]);
    expect(await kindsOf(late[0]!)).toEqual(["OVERDUE"]);
    for (const finding of [recommendation, answered, closed, draft[0]!]) expect(await kindsOf(finding)).toEqual([]);
    // One message per officer for the unit's two findings, in the app and by e-mail, whatever the digest setting.
    for (const officer of officersA) {
      const notices = await noticesOf(officer);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({
        type: "finding.reminder.DUE_IN_14",
        messageKey: "reminders.notify.DUE_IN_14",
        params: { unit: unitA.name, count: 2, due: "15/08/2051", days: 14 },
        link: "/khac-phuc",
      });
    }
    expect(await db.emailOutbox.count({ where: { to: { in: officersA.map((o) => o.email) } } })).toBe(3);
    expect((await noticesOf(officerB)).map((n) => [n.type, n.link])).toEqual([
      ["finding.reminder.OVERDUE", `/phat-hien/${late[0]!.id}`],
    ]);
    expect(await noticesOf(admin)).toEqual([]);
    const englishMail = await db.emailOutbox.findFirstOrThrow({ where: { to: officersA[1]!.email } });
    expect(englishMail).toMatchObject({ locale: "en", messageKey: "reminders.notify.DUE_IN_14" });
    expect(renderEmail(englishMail, "https://kiemtra.example")).toMatchObject({
      subject: `${unitA.name}: 2 findings due soon`,
      text: expect.stringContaining("the corrective-action report is due on 15/08/2051 (in 14 days)"),
    });
    const vietnameseMail = await db.emailOutbox.findFirstOrThrow({ where: { to: officersA[0]!.email } });
    expect(renderEmail(vietnameseMail, "https://kiemtra.example")).toMatchObject({
      subject: `${unitA.name}: 2 phát hiện sắp đến hạn khắc phục`,
      text: expect.stringContaining("https://kiemtra.example/khac-phuc"),
    });

    // The same day again: nothing new.
    await runOnBoth("deadline-sweep", addDays(due, -14));
    expect(await reminders()).toHaveLength(3);
    expect(await noticesOf(officersA[0]!)).toHaveLength(1);

    // 11 days later (3 days before): DUE_IN_3; unit B's finding is now 31 days overdue: escalated to DOST.
    await runOnBoth("deadline-sweep", addDays(due, -3));
    expect(await kindsOf(open)).toEqual(["DUE_IN_14", "DUE_IN_3"]);
    expect(await kindsOf(late[0]!)).toEqual(["OVERDUE", "ESCALATION"]);
    expect((await noticesOf(admin)).map((n) => [n.type, n.params])).toEqual([
      ["finding.reminder.ESCALATION", { count: 1, unitCount: 1, units: unitB.name }],
    ]);
    // Escalations go to DOST staff whatever their digest setting.
    expect(await noticesOf(inspectorOff, "finding.reminder.ESCALATION")).toHaveLength(1);
    expect(await noticesOf(committeeOn)).toEqual([]);

    // The day after the due date: OVERDUE; on the due date itself nothing new (DUE_IN_3 was sent).
    await runOnBoth("deadline-sweep", due);
    expect(await kindsOf(open)).toEqual(["DUE_IN_14", "DUE_IN_3"]);
    await runOnBoth("deadline-sweep", addDays(due, 1));
    expect(await kindsOf(open)).toEqual(["DUE_IN_14", "DUE_IN_3", "OVERDUE"]);
    expect((await noticesOf(officersA[0]!)).map((n) => n.type)).toEqual([
      "finding.reminder.DUE_IN_14",
      "finding.reminder.DUE_IN_3",
      "finding.reminder.OVERDUE",
    ]);

    // 30 days overdue: escalated once, both findings in one message to each staff member.
    await runOnBoth("deadline-sweep", addDays(due, 30));
    await runOnBoth("deadline-sweep", addDays(due, 31));
    expect(await kindsOf(open)).toEqual(["DUE_IN_14", "DUE_IN_3", "OVERDUE", "ESCALATION"]);
    expect(await kindsOf(rejected)).toEqual(["DUE_IN_14", "DUE_IN_3", "OVERDUE", "ESCALATION"]);
    const escalations = await noticesOf(admin, "finding.reminder.ESCALATION");
    expect(escalations.map((n) => n.params)).toEqual([
      { count: 1, unitCount: 1, units: unitB.name },
      { count: 2, unitCount: 1, units: unitA.name },
    ]);
    for (const finding of [recommendation, answered, closed, draft[0]!]) expect(await kindsOf(finding)).toEqual([]);
    // Every sweep that sent something is audited, as the system (no actor).
    const audits = await db.auditEvent.findMany({ where: { type: "reminder.swept" }, orderBy: { at: "asc" } });
    expect(audits.map((a) => [a.actorId, (a.data as { today: string }).today])).toEqual([
      [null, "2051-08-01"],
      [null, "2051-08-12"],
      [null, "2051-08-16"],
      [null, "2051-09-14"],
    ]);
  });

  it("starts again for a new due date after an extension", async () => {
    const open = signed[0]!;
    const extended = addDays(due, 60);
    await db.finding.update({ where: { id: open.id }, data: { dueDate: extended } });
    await runOnBoth("deadline-sweep", addDays(extended, -14));
    const rows = await db.findingReminder.findMany({ where: { findingId: open.id }, orderBy: { sentAt: "asc" } });
    expect(rows.at(-1)).toMatchObject({ kind: "DUE_IN_14", dueDate: extended });
    expect(rows).toHaveLength(5);
    const last = (await noticesOf(officersA[0]!)).at(-1)!;
    expect(last).toMatchObject({ params: { count: 1, due: "14/10/2051" }, link: `/phat-hien/${open.id}` });
  });

  it("inserts each reminder once when two sweeps run in the same instant", async () => {
    const finding = (
      await insertInspection({
        planId: (await insertPlan({ createdById: admin.id, year: 2052, status: "IN_PROGRESS" })).id,
        agencyId: unitA.id,
        items: [{ code: "QD-01", result: "MAJOR_NC" }],
        findings: [{ code: "QD-01", severity: "MINOR", dueDate: utc(2052, 3, 10) }],
      })
    ).findings[0]!;
    const day = utc(2052, 3, 1);
    const [first, second] = await Promise.all([sweepDeadlines(day), sweepDeadlines(day)]);
    // The new finding's DUE_IN_14; the extended finding (due 14/10/2051) is now overdue: OVERDUE and
    // ESCALATION for its new due date. Each inserted by one of the two sweeps, never by both.
    expect(first.reminders + second.reminders).toBe(3);
    expect(await kindsOf(finding)).toEqual(["DUE_IN_14"]);
    const extended = await db.findingReminder.findMany({
      where: { findingId: signed[0]!.id, dueDate: addDays(due, 60) },
      orderBy: { kind: "asc" },
    });
    expect(extended.map((r) => r.kind)).toEqual(["DUE_IN_14", "OVERDUE", "ESCALATION"]);
    const told = await db.notification.count({
      where: {
        userId: officersA[0]!.id,
        type: "finding.reminder.DUE_IN_14",
        params: { path: ["due"], equals: "10/03/2052" },
      },
    });
    expect(told).toBe(1);
  });
});

describe("digests", () => {
  it("sends the weekly digest once per staff member and week, not to those who turned it off", async () => {
    const monday = utc(2051, 9, 18);
    await runOnBoth("weekly-digest", monday);
    await runOnBoth("weekly-digest", addDays(monday, 2)); // same ISO week
    const weekly = await noticesOf(admin, "digest.weekly");
    expect(weekly).toHaveLength(1);
    // A's major (OPEN) and minor (REJECTED) and B's finding are overdue; A's 4th awaits DOST's verification.
    expect(weekly[0]).toMatchObject({
      messageKey: "reminders.notify.weekly",
      params: { week: "2051-W38", from: "18/09/2051", to: "24/09/2051", overdue: 2, dueThisWeek: 0, answered: 1 },
      link: "/khac-phuc?overdue=yes",
    });
    expect(await noticesOf(inspectorOff, "digest.weekly")).toEqual([]);
    expect(await noticesOf(officersA[0]!, "digest.weekly")).toEqual([]);
    expect(await noticesOf(committeeOn, "digest.weekly")).toEqual([]);
    expect(await db.digestDelivery.findMany({ where: { kind: "weekly" } })).toEqual([
      expect.objectContaining({ period: "2051-W38", userId: admin.id }),
    ]);
  });

  it("sends the monthly summary once per committee viewer and month, by kind of unit in the reader's language", async () => {
    await runOnBoth("monthly-summary", utc(2051, 10, 1));
    await runOnBoth("monthly-summary", utc(2051, 10, 1));
    const monthly = await noticesOf(committeeOn, "digest.monthly");
    expect(monthly).toHaveLength(1);
    expect(monthly[0]!.params).toMatchObject({
      month: "09/2051",
      overdue: 2,
      unitCount: 2,
      byKind: "Test unit: 2",
      topUnits: `${unitB.name} (1); ${unitA.name} (1)`,
    });
    expect(await noticesOf(committeeOff, "digest.monthly")).toEqual([]);
    expect(await noticesOf(admin, "digest.monthly")).toEqual([]);
    expect(await sendMonthlySummaries(utc(2051, 10, 1))).toEqual({ period: "2051-09", users: 0 });
  });

  it("stops the digests of a user who turns them off, audited; their unit's reminders are not digests", async () => {
    const scope = scopeFor(actorOf(admin));
    const { setDigestsEnabled } = await import("@/lib/findings/reminders/mutations");
    expect(await setDigestsEnabled(scope, false, "192.0.2.9")).toEqual({ enabled: false, changed: true });
    expect(await setDigestsEnabled(scope, false)).toEqual({ enabled: false, changed: false });
    const audit = await db.auditEvent.findMany({ where: { type: "user.digests_changed", actorId: admin.id } });
    expect(audit.map((a) => [a.data, a.ip])).toEqual([[{ enabled: false }, "192.0.2.9"]]);
    expect(await sendWeeklyDigests(utc(2051, 9, 25))).toEqual({ period: "2051-W39", users: 0 });
    expect(await setDigestsEnabled(scope, true)).toEqual({ enabled: true, changed: true });
    expect(await sendWeeklyDigests(utc(2051, 9, 25))).toEqual({ period: "2051-W39", users: 1 });
    expect(await noticesOf(admin, "digest.weekly")).toHaveLength(2);
  });
});

describe("pg-boss's schema", () => {
  it("lives beside the app's tables, which backups read alone", async () => {
    const pgClient = new pg.Client({ connectionString: fresh.url });
    await pgClient.connect();
    try {
      const { rows } = await pgClient.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'pgboss'");
      expect(rows[0].n).toBeGreaterThan(0);
      const tables = (await listTables(pgClient)).map((t) => t.name);
      expect(tables).toContain("finding_reminder");
      expect(tables.filter((name) => ["job", "queue", "schedule", "version"].includes(name))).toEqual([]);
    } finally {
      await pgClient.end();
    }
  });
});
