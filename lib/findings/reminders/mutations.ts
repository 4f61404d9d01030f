import "server-only";
import { writeAudit } from "@/lib/audit";
import type { Scope } from "@/lib/auth/actor";
import { agencyBoundRoles, isCommittee, isDostStaff, roles } from "@/lib/auth/roles";
import { db, type Tx } from "@/lib/db";
import { formatCalendarDate, isoDay } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/generated/prisma/enums";
import { tellUsers, tellUsersEach, translated, type Notice, type Recipient } from "@/lib/notifications";
import { awaitingUnit } from "../schema";
import {
  previousMonthKey,
  reminderKinds,
  reminderWindows,
  unitReminderKinds,
  weekBounds,
  weekKey,
  type ReminderKindValue,
} from "./schema";

/*
 * Deadline reminders and digests, run by the job queue (lib/jobs) with the queue's clock: `today` is the
 * calendar date in Viet Nam, `now` the instant stored as sent. Once only is the database's doing: a reminder
 * is a row of finding_reminder (primary key finding, kind, due date) and a digest a row of digest_delivery
 * (kind, period, user), inserted with ON CONFLICT DO NOTHING; the notifications follow exactly the rows
 * this transaction inserted. Two sweeps at once: the second waits on the first's uncommitted keys, then
 * inserts nothing for them.
 */

const statusList = (statuses: readonly string[]) => Prisma.raw(statuses.map((s) => `'${s}'`).join(", "));
const rolesWhere = (test: (who: { role: (typeof roles)[number] }) => boolean) =>
  statusList(roles.filter((role) => test({ role })));

/** The findings that can be late: awaiting the unit, not recommendations, of a signed-off record, with a due date. */
const lateable = Prisma.sql`f.status IN (${statusList(awaitingUnit)}) AND f.severity <> 'RECOMMENDATION'
  AND f."dueDate" IS NOT NULL AND i.status = 'SIGNED_OFF'`;

/**
 * The sweep's set-based insert: every reminder whose window (schema.ts) holds the finding's days left on
 * `today`, not sent yet for its due date. Returns the rows inserted. Shared with the benchmark, which times
 * it alone against `sweepDeadlines`.
 */
export function reminderInsertSql(today: Date, now: Date): Prisma.Sql {
  const windows = Prisma.join(
    reminderKinds.map(
      (kind) =>
        Prisma.sql`(${kind}::"ReminderKind", ${reminderWindows[kind].min}::int, ${reminderWindows[kind].max}::int)`,
    ),
  );
  const horizon = Math.max(...reminderKinds.map((kind) => reminderWindows[kind].max));
  const day = isoDay(today);
  return Prisma.sql`
    WITH windows(kind, lo, hi) AS (VALUES ${windows})
    INSERT INTO finding_reminder ("findingId", kind, "dueDate", "sentAt")
    SELECT f.id, w.kind, f."dueDate", ${now}::timestamptz
    FROM finding f
    JOIN inspection i ON i.id = f."inspectionId"
    JOIN windows w ON f."dueDate" - ${day}::date <= w.hi AND (w.lo IS NULL OR f."dueDate" - ${day}::date >= w.lo)
    WHERE ${lateable} AND f."dueDate" <= ${day}::date + ${horizon}::int
      AND NOT EXISTS (SELECT 1 FROM finding_reminder r
                      WHERE r."findingId" = f.id AND r.kind = w.kind AND r."dueDate" = f."dueDate")
    ON CONFLICT DO NOTHING
    RETURNING "findingId", kind, "dueDate"`;
}

export type SweepResult = { reminders: number; counts: Record<ReminderKindValue, number>; messages: number };

/**
 * The daily deadline sweep for `today`: inserts the reminders due (reminderInsertSql) and, in the same
 * statement, tells exactly those: each unit's active officers one message per unit and kind (however many of
 * its findings share it; linked to the finding when there is one), and DOST staff one escalation message
 * naming the units (the first ten, by name). In the app and by e-mail (the outbox), as tellUsers would, but
 * set-based: a first sweep on a national registry tells thousands, and building their rows in SQL keeps the
 * sweep close to hand-written SQL (the reminders bench). Deadline reminders ignore digestsEnabled.
 */
export async function sweepDeadlines(today: Date, options: { now?: Date } = {}): Promise<SweepResult> {
  const now = options.now ?? new Date();
  const day = isoDay(today);
  const unitKinds = statusList(unitReminderKinds);
  return db.$transaction(
    async (tx) => {
      const [result] = await tx.$queryRaw<{ counts: Record<string, number>; messages: number }[]>`
        WITH inserted AS (${reminderInsertSql(today, now)}),
        grouped AS (
          SELECT f."agencyId", a.name AS unit, ins.kind::text AS kind, count(*)::int AS n,
                 min(ins."dueDate") AS due, (array_agg(f.id ORDER BY ins."dueDate", f.number))[1] AS first
          FROM inserted ins JOIN finding f ON f.id = ins."findingId" JOIN agency a ON a.id = f."agencyId"
          GROUP BY f."agencyId", a.name, ins.kind),
        notices AS (
          SELECT u.id AS "userId", lower(trim(u.email)) AS "to", u.locale, 'finding.reminder.' || g.kind AS type,
                 'reminders.notify.' || g.kind AS key,
                 jsonb_build_object('unit', g.unit, 'count', g.n, 'due', to_char(g.due, 'DD/MM/YYYY'),
                                    'days', abs(g.due - ${day}::date)) AS params,
                 CASE WHEN g.n = 1 THEN '/phat-hien/' || g.first WHEN g.kind = 'OVERDUE' THEN '/khac-phuc?overdue=yes'
                      ELSE '/khac-phuc' END AS link
          FROM grouped g
          JOIN user_account u ON u."agencyId" = g."agencyId" AND u.status = 'ACTIVE'
                             AND u.role::text IN (${statusList(agencyBoundRoles)})
          WHERE g.kind IN (${unitKinds})
          UNION ALL
          SELECT u.id, lower(trim(u.email)), u.locale, 'finding.reminder.ESCALATION', 'reminders.notify.ESCALATION',
                 jsonb_build_object('count', e.n, 'unitCount', e.units, 'units', e.names), '/khac-phuc?overdue=yes'
          FROM (SELECT sum(n)::int AS n, count(*)::int AS units,
                       array_to_string((array_agg(unit ORDER BY unit, "agencyId"))[1:10], '; ')
                         || CASE WHEN count(*) > 10 THEN '; …' ELSE '' END AS names
                FROM grouped WHERE kind = 'ESCALATION' HAVING count(*) > 0) e
          CROSS JOIN user_account u
          WHERE u.status = 'ACTIVE' AND u.role::text IN (${rolesWhere(isDostStaff)})),
        told AS (
          INSERT INTO notification (id, "userId", type, "messageKey", params, link)
          SELECT gen_random_uuid(), "userId", type, key, params, link FROM notices RETURNING 1),
        mailed AS (
          INSERT INTO email_outbox (id, "to", locale, "messageKey", params, link)
          SELECT gen_random_uuid(), "to", locale, key, params, link FROM notices WHERE "to" <> '' RETURNING 1)
        SELECT coalesce((SELECT json_object_agg(kind, n) FROM (SELECT kind, sum(n)::int AS n FROM grouped GROUP BY kind) k),
                        '{}'::json) AS counts,
               (SELECT count(*)::int FROM told) AS messages,
               (SELECT count(*)::int FROM mailed) AS mails`;
      const counts = Object.fromEntries(reminderKinds.map((kind) => [kind, result?.counts[kind] ?? 0])) as Record<
        ReminderKindValue,
        number
      >;
      const reminders = Object.values(counts).reduce((n, c) => n + c, 0);
      if (reminders) await writeAudit(tx, { type: "reminder.swept", actorId: null, data: { today: day, counts } });
      return { reminders, counts, messages: result?.messages ?? 0 };
    },
    { timeout: 120_000 },
  );
}

/**
 * Claims this period's digest for every user the query names who has digests on, once per (kind, period,
 * user): the rows inserted are the users to tell now.
 */
async function claimDigest(tx: Tx, kind: string, period: string, now: Date, roleSql: Prisma.Sql) {
  return tx.$queryRaw<(Recipient & { locale: Locale })[]>`
    WITH claimed AS (
      INSERT INTO digest_delivery (kind, period, "userId", "sentAt")
      SELECT ${kind}, ${period}, u.id, ${now}::timestamptz FROM user_account u
      WHERE u.status = 'ACTIVE' AND u."digestsEnabled" AND u.role::text IN (${roleSql})
      ON CONFLICT DO NOTHING
      RETURNING "userId")
    SELECT u.id, u.email, u.locale::text AS locale FROM claimed c JOIN user_account u ON u.id = c."userId"
    ORDER BY u.email`;
}

export type DigestResult = { period: string; users: number };

/**
 * The weekly digest to DOST staff (administrators and inspectors) with digests on, for the ISO week of
 * `today`: nonconformities due this week (from today to Sunday), overdue, and answers waiting for DOST's
 * verification, linked to the corrective-action queue. Once per user and week.
 */
export async function sendWeeklyDigests(today: Date, options: { now?: Date } = {}): Promise<DigestResult> {
  const now = options.now ?? new Date();
  const period = weekKey(today);
  return db.$transaction(async (tx) => {
    const users = await claimDigest(tx, "weekly", period, now, rolesWhere(isDostStaff));
    if (!users.length) return { period, users: 0 };
    const sunday = weekBounds(today).to;
    const [counts = { dueThisWeek: 0, overdue: 0, answered: 0 }] = await tx.$queryRaw<
      { dueThisWeek: number; overdue: number; answered: number }[]
    >`
      SELECT
        count(*) FILTER (WHERE ${lateable} AND f."dueDate" BETWEEN ${isoDay(today)}::date AND ${isoDay(sunday)}::date)::int AS "dueThisWeek",
        count(*) FILTER (WHERE ${lateable} AND f."dueDate" < ${isoDay(today)}::date)::int AS overdue,
        count(*) FILTER (WHERE f.status = 'ANSWERED' AND i.status = 'SIGNED_OFF')::int AS answered
      FROM finding f JOIN inspection i ON i.id = f."inspectionId"`;
    await tellUsers(tx, users, {
      type: "digest.weekly",
      key: "reminders.notify.weekly",
      params: { week: period, from: formatCalendarDate(today), to: formatCalendarDate(sunday), ...counts },
      link: counts.overdue ? "/khac-phuc?overdue=yes" : counts.answered ? "/khac-phuc?status=ANSWERED" : "/khac-phuc",
    });
    await writeAudit(tx, {
      type: "reminder.digest_sent",
      actorId: null,
      data: { kind: "weekly", period, users: users.length },
    });
    return { period, users: users.length };
  });
}

/**
 * The monthly overdue summary to the committee's viewers with digests on, sent on the 1st for the month
 * just ended: overdue nonconformities by kind of unit (in the reader's language) and the units with the
 * most. Once per user and month.
 */
export async function sendMonthlySummaries(today: Date, options: { now?: Date } = {}): Promise<DigestResult> {
  const now = options.now ?? new Date();
  const period = previousMonthKey(today);
  return db.$transaction(async (tx) => {
    const users = await claimDigest(tx, "monthly", period, now, rolesWhere(isCommittee));
    if (!users.length) return { period, users: 0 };
    const overdue = Prisma.sql`${lateable} AND f."dueDate" < ${isoDay(today)}::date`;
    const byKind = await tx.$queryRaw<{ nameVi: string; nameEn: string; count: number }[]>`
      SELECT k."nameVi", k."nameEn", count(*)::int AS count
      FROM finding f JOIN inspection i ON i.id = f."inspectionId" JOIN agency a ON a.id = f."agencyId"
      JOIN agency_kind k ON k.id = a."kindId"
      WHERE ${overdue} GROUP BY k.id ORDER BY k."sortOrder", k."nameVi"`;
    const top = await tx.$queryRaw<{ name: string; count: number }[]>`
      SELECT a.name, count(*)::int AS count
      FROM finding f JOIN inspection i ON i.id = f."inspectionId" JOIN agency a ON a.id = f."agencyId"
      WHERE ${overdue} GROUP BY a.id, a.name ORDER BY count(*) DESC, a.name LIMIT 5`;
    const [{ unitCount } = { unitCount: 0 }] = await tx.$queryRaw<{ unitCount: number }[]>`
      SELECT count(DISTINCT f."agencyId")::int AS "unitCount"
      FROM finding f JOIN inspection i ON i.id = f."inspectionId" WHERE ${overdue}`;
    const total = byKind.reduce((n, row) => n + row.count, 0);
    const none = translated("reminders.none");
    const topUnits = top.length ? top.map((row) => `${row.name} (${row.count})`).join("; ") : none;
    const [year, month] = period.split("-");
    const batches = (["vi", "en"] as const).map((locale) => ({
      users: users.filter((user) => user.locale === locale),
      notice: {
        type: "digest.monthly",
        key: "reminders.notify.monthly",
        params: {
          month: `${month}/${year}`,
          overdue: total,
          unitCount,
          byKind: byKind.length
            ? byKind.map((row) => `${locale === "vi" ? row.nameVi : row.nameEn}: ${row.count}`).join("; ")
            : none,
          topUnits,
        },
        link: "/khac-phuc?overdue=yes",
      } satisfies Notice,
    }));
    await tellUsersEach(
      tx,
      batches.filter((batch) => batch.users.length),
    );
    await writeAudit(tx, {
      type: "reminder.digest_sent",
      actorId: null,
      data: { kind: "monthly", period, users: users.length },
    });
    return { period, users: users.length };
  });
}

/**
 * The user turns their own digests on or off (deadline reminders for their unit stay on), audited. Setting
 * what is already set changes nothing and writes no audit row.
 */
export async function setDigestsEnabled(scope: Scope, enabled: boolean, ip: string | null = null) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: scope.actor.id, digestsEnabled: !enabled },
      data: { digestsEnabled: enabled },
    });
    if (count)
      await writeAudit(tx, {
        type: "user.digests_changed",
        actorId: scope.actor.id,
        target: { type: "user", id: scope.actor.id },
        data: { enabled },
        ip,
      });
    return { enabled, changed: count > 0 };
  });
}
