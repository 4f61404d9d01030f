// Deadline reminders and the job queue (part of `npm run bench`; alone:
// node --import tsx --import ./scripts/lib/server-only-register.mjs scripts/bench/reminders.ts).
// On a database of its own, a synthetic national-scale registry built with set-based SQL in seconds: 2,500
// units, one plan a year for 10 years (2017–2026), each unit inspected every year with 4 findings: 100,000
// findings, most of the old ones closed, some still open for years, this year's in every status. Then:
//  - the first sweep on 05/12/2026 (the burst a new installation meets: every overdue finding's OVERDUE and
//    ESCALATION, the coming ones' DUE_IN_14 and DUE_IN_3): sweepDeadlines, with its notifications and
//    e-mails grouped per unit, against one hand-written SQL statement doing the same inserts (reminders,
//    notifications, outbox rows) through pg, committed; target ≤ 1.5×;
//  - the queue: jobs per second of the real jobs (outbox delivery on an empty outbox; a daily sweep with nothing
//    new) against a no-op job through the same pg-boss, one worker taking one job at a time, so the ratio shows
//    what the job costs beyond pg-boss's own fetch and completion.
import pg from "pg";
import PgBoss from "pg-boss";
import { createDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { migrate } from "@/lib/db/migrate";
import { reminderInsertSql, sweepDeadlines } from "@/lib/findings/reminders/mutations";
import { jobSchema } from "@/lib/jobs/boss";
import { queues } from "@/lib/jobs/queues";
import { seed } from "@/prisma/seed/seed";
import { benchDatabase } from "./database";
import { median } from "./measure";

const units = Number(process.env.BENCH_REMINDER_UNITS ?? 2_500);
const years = 10;
const perInspection = 4; // 2,500 × 10 × 4 = 100,000 findings
const rounds = 5;
const jobs = Number(process.env.BENCH_QUEUE_JOBS ?? 300);
const today = new Date(Date.UTC(2026, 11, 5));

const database = await benchDatabase("qms_bench_reminders");
await migrate({ connectionString: database.url });
process.env.DATABASE_URL = database.url; // the app's `db`, used by sweepDeadlines
const db = createDb(database.url, 4);
const sql = new pg.Client({ connectionString: database.url });
await sql.connect();

async function build() {
  await seed(database.url, { demo: false });
  const started = performance.now();
  await sql.query("BEGIN");
  await sql.query(`
    INSERT INTO user_account (id, email, name, "passwordHash", role, "updatedAt")
    VALUES (gen_random_uuid(), 'bench-admin@bench.example', 'Quản trị', '-', 'DOST_ADMIN', now()),
           (gen_random_uuid(), 'bench-inspector@bench.example', 'Cán bộ kiểm tra', '-', 'DOST_INSPECTOR', now())`);
  await sql.query(
    `INSERT INTO agency (id, code, name, "kindId", "isoRequirement", "updatedAt")
     SELECT gen_random_uuid(), 'BENCH-' || g, 'Đơn vị ' || g,
            (SELECT id FROM agency_kind ORDER BY "sortOrder", code OFFSET (g % 3) LIMIT 1), 'MANDATORY', now()
     FROM generate_series(1, $1::int) g`,
    [units],
  );
  await sql.query(`
    INSERT INTO user_account (id, email, name, "passwordHash", role, "agencyId", locale, "updatedAt")
    SELECT gen_random_uuid(), 'officer-' || a.code || '@bench.example', 'Cán bộ ' || a.name, '-', 'AGENCY_OFFICER', a.id,
           CASE WHEN random() < 0.2 THEN 'en'::"Locale" ELSE 'vi'::"Locale" END, now()
    FROM agency a WHERE a.code LIKE 'BENCH-%'`);
  await sql.query(
    `INSERT INTO inspection_plan (id, year, number, "issuedOn", title, "leadAgencyId", "createdById", status, "updatedAt")
     SELECT gen_random_uuid(), y, '01/KH-BENCH', make_date(y, 1, 19), 'Kế hoạch ' || y,
            (SELECT id FROM agency WHERE code = 'BENCH-1'), (SELECT id FROM user_account WHERE role = 'DOST_ADMIN' LIMIT 1),
            'COMPLETED', now()
     FROM generate_series(2026 - $1::int + 1, 2026) y`,
    [years],
  );
  await sql.query(`
    INSERT INTO plan_target (id, "planId", "agencyId", "onSite")
    SELECT gen_random_uuid(), p.id, a.id, true FROM inspection_plan p CROSS JOIN agency a
    WHERE p.number = '01/KH-BENCH' AND a.code LIKE 'BENCH-%'`);
  // Record dates spread over each year (up to 20/11 this year); findings are due two months later.
  await sql.query(`
    INSERT INTO inspection (id, "planId", "targetId", "agencyId", kind, status, "standardVersion", "recordDate",
                            "signedOffAt", "updatedAt")
    SELECT gen_random_uuid(), t."planId", t.id, t."agencyId", 'ON_SITE', 'SIGNED_OFF', 'ISO_9001_2015', d, d::timestamptz, now()
    FROM plan_target t JOIN inspection_plan p ON p.id = t."planId",
    LATERAL (SELECT make_date(p.year, 1, 20) + (abs(hashtext(t.id::text)) % 305) AS d) r`);
  await sql.query(
    `INSERT INTO inspection_item (id, "inspectionId", "checklistItemId", position)
     SELECT gen_random_uuid(), i.id, c.id, c.n
     FROM inspection i
     CROSS JOIN (SELECT id, row_number() OVER (ORDER BY id)::int AS n FROM checklist_item ORDER BY id LIMIT $1::int) c`,
    [perInspection],
  );
  await sql.query(`
    INSERT INTO finding (id, "inspectionId", "itemId", "agencyId", number, clause, severity, description, "dueDate",
                         status, "updatedAt")
    SELECT gen_random_uuid(), i.id, it.id, i."agencyId", it.position, 'B-' || it.position,
           (CASE WHEN r.s < 0.1 THEN 'RECOMMENDATION' WHEN r.s < 0.4 THEN 'MAJOR' ELSE 'MINOR' END)::"FindingSeverity",
           'Phát hiện thử', (i."recordDate" + interval '2 months')::date,
           (CASE
              WHEN p.year < 2025 THEN CASE WHEN r.t < 0.03 THEN 'OPEN' ELSE 'CLOSED' END
              WHEN p.year = 2025 THEN CASE WHEN r.t < 0.1 THEN 'OPEN' WHEN r.t < 0.15 THEN 'REJECTED' ELSE 'CLOSED' END
              ELSE CASE WHEN r.t < 0.4 THEN 'OPEN' WHEN r.t < 0.6 THEN 'ANSWERED' WHEN r.t < 0.7 THEN 'REJECTED'
                        ELSE 'CLOSED' END
            END)::"FindingStatus", now()
    FROM inspection_item it JOIN inspection i ON i.id = it."inspectionId" JOIN inspection_plan p ON p.id = i."planId",
    LATERAL (SELECT (abs(hashtext(it.id::text)) % 1000) / 1000.0 AS s,
                    (abs(hashtext(it.id::text || 't')) % 1000) / 1000.0 AS t) r`);
  await sql.query("COMMIT");
  await sql.query("ANALYZE");
  const { rows } = await sql.query(`SELECT count(*)::int AS n FROM finding`);
  return { findings: rows[0].n as number, seconds: (performance.now() - started) / 1000 };
}

async function reset() {
  await sql.query(`DELETE FROM finding_reminder`);
  await sql.query(`DELETE FROM notification`);
  await sql.query(`DELETE FROM email_outbox`);
}

/**
 * The same inserts as hand-written SQL in one statement: the sweep's reminder insert (the app's own
 * reminderInsertSql), grouped per unit and kind, one notification and one outbox e-mail per officer and
 * group, and the escalation to DOST staff. Through pg, committed; returns ms, reminders and notifications.
 */
async function rawSweep() {
  const day = "2026-12-05";
  const statement = Prisma.sql`
    WITH inserted AS (${reminderInsertSql(today, new Date())}),
    groups AS (
      SELECT f."agencyId", a.name AS unit, ins.kind::text AS kind, count(*)::int AS n, min(ins."dueDate") AS due,
             (array_agg(f.id ORDER BY ins."dueDate", f.number))[1] AS first
      FROM inserted ins JOIN finding f ON f.id = ins."findingId" JOIN agency a ON a.id = f."agencyId"
      GROUP BY f."agencyId", a.name, ins.kind),
    notices AS (
      SELECT u.id AS "userId", u.email, u.locale, 'finding.reminder.' || g.kind AS type,
             'reminders.notify.' || g.kind AS key,
             jsonb_build_object('unit', g.unit, 'count', g.n, 'due', to_char(g.due, 'DD/MM/YYYY'),
                                'days', abs(g.due - ${day}::date)) AS params,
             CASE WHEN g.n = 1 THEN '/phat-hien/' || g.first WHEN g.kind = 'OVERDUE' THEN '/khac-phuc?overdue=yes'
                  ELSE '/khac-phuc' END AS link
      FROM groups g JOIN user_account u ON u."agencyId" = g."agencyId" AND u.role = 'AGENCY_OFFICER' AND u.status = 'ACTIVE'
      WHERE g.kind <> 'ESCALATION'
      UNION ALL
      SELECT u.id, u.email, u.locale, 'finding.reminder.ESCALATION', 'reminders.notify.ESCALATION',
             jsonb_build_object('count', e.n, 'unitCount', e.units, 'units', e.names), '/khac-phuc?overdue=yes'
      FROM (SELECT sum(n)::int AS n, count(*)::int AS units, string_agg(unit, '; ' ORDER BY unit) AS names
            FROM groups WHERE kind = 'ESCALATION' HAVING count(*) > 0) e
      CROSS JOIN user_account u WHERE u.role IN ('DOST_ADMIN', 'DOST_INSPECTOR') AND u.status = 'ACTIVE'),
    told AS (
      INSERT INTO notification (id, "userId", type, "messageKey", params, link)
      SELECT gen_random_uuid(), "userId", type, key, params, link FROM notices RETURNING 1),
    mailed AS (
      INSERT INTO email_outbox (id, "to", locale, "messageKey", params, link)
      SELECT gen_random_uuid(), email, locale, key, params, link FROM notices RETURNING 1)
    SELECT (SELECT sum(n)::int FROM groups) AS reminders, (SELECT count(*)::int FROM told) AS messages,
           (SELECT count(*)::int FROM mailed) AS mails`;
  const started = performance.now();
  await sql.query("BEGIN");
  const result = await sql.query(statement.text, statement.values as unknown[]);
  await sql.query("COMMIT");
  const row = result.rows[0] as { reminders: number; messages: number };
  return { ms: performance.now() - started, rows: row.reminders ?? 0, messages: row.messages };
}

async function appSweep() {
  const started = performance.now();
  const result = await sweepDeadlines(today);
  return { ms: performance.now() - started, rows: result.reminders, messages: result.messages };
}

/**
 * Jobs per second through one pg-boss worker taking one job at a time: `count` jobs inserted at once, timed
 * until the last completes. After each job the worker is told to fetch again at once (notifyWorker), so the
 * figure is fetch + handler + completion, not the polling interval an idle worker waits.
 */
async function throughput(boss: PgBoss, name: string, handler: () => Promise<unknown>, count: number) {
  await boss.createQueue(name, { name, policy: "standard" });
  let done = 0;
  let workerId = "";
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const started = performance.now();
  await boss.insert(Array.from({ length: count }, () => ({ name, data: {} })));
  workerId = await boss.work(name, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async () => {
    await handler();
    done += 1;
    if (done >= count) finish();
    else boss.notifyWorker(workerId);
  });
  await finished;
  const seconds = (performance.now() - started) / 1000;
  await boss.offWork(name);
  return count / seconds;
}

let failed = false;
try {
  const built = await build();
  const raw: number[] = [];
  const app: number[] = [];
  let rows = 0;
  let messages = 0;
  // Round 0 warms both up (query plans, Prisma's first queries) and is not counted.
  for (let round = 0; round <= rounds; round++) {
    await reset();
    const r = await rawSweep();
    await reset();
    const a = await appSweep();
    if (round > 0) {
      raw.push(r.ms);
      app.push(a.ms);
    }
    if (a.rows !== r.rows || a.messages !== r.messages)
      throw new Error(`sweepDeadlines: ${a.rows} reminders, ${a.messages} messages; raw SQL: ${r.rows}, ${r.messages}`);
    rows = a.rows;
    messages = a.messages;
  }
  // The next day's sweep: what runs every morning once the burst is behind.
  const nextDay = await (async () => {
    const started = performance.now();
    const result = await sweepDeadlines(new Date(Date.UTC(2026, 11, 6)));
    return { ms: performance.now() - started, rows: result.reminders };
  })();

  const boss = new PgBoss({ connectionString: database.url, schema: jobSchema, max: 4 });
  boss.on("error", () => {});
  await boss.start();
  const noop = await throughput(boss, "bench-noop", async () => {}, jobs);
  const real = await throughput(
    boss,
    "bench-outbox",
    () => queues.outbox.run({}, { mailer: null, baseUrl: "https://bench.example" }),
    jobs,
  );
  const realSweep = await throughput(
    boss,
    "bench-sweep",
    () => queues.sweep.run({ today: "2026-12-06" }),
    Math.min(jobs, 100),
  );
  await boss.stop({ graceful: false, wait: true });

  const f = (n: number, d = 0) => n.toFixed(d);
  const ratio = median(app) / median(raw);
  console.log(
    `\nReminders (${database.label}; ${built.findings.toLocaleString("en")} findings of ${units} units over ${years} years, built in ${f(built.seconds, 1)} s; median of ${rounds} after a warm-up):`,
  );
  console.log("| case | baseline | measured | ratio | target |");
  console.log("|---|---:|---:|---:|---|");
  console.log(
    `| first sweep on 05/12/2026: ${rows} reminders, ${messages} messages; raw SQL vs sweepDeadlines, ms | ${f(median(raw))} | ${f(median(app))} | ${ratio.toFixed(2)} | ≤ 1.5 |`,
  );
  console.log(`| next day's sweep (${nextDay.rows} reminders), ms | | ${f(nextDay.ms)} | | — |`);
  console.log(
    `| queue jobs/s, one worker, one job at a time: no-op vs outbox delivery (empty outbox) | ${f(noop, 1)} | ${f(real, 1)} | ${(real / noop).toFixed(2)} | — |`,
  );
  console.log(
    `| queue jobs/s, one worker, one job at a time: no-op vs a daily sweep with nothing new | ${f(noop, 1)} | ${f(realSweep, 1)} | ${(realSweep / noop).toFixed(2)} | — |`,
  );
  failed = ratio > 1.5;
} finally {
  await sql.end();
  await db.$disconnect();
  await database.stop();
}
if (failed) {
  console.error("✗ reminders: a target was missed");
  process.exit(1);
}
