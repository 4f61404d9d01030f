// The lists at national scale (part of `npm run bench`; alone:
// node --conditions=react-server --import tsx scripts/bench/lists.ts [--database-url …]).
// On the synthetic national data set of `npm run seed:scale` (34 provinces, 2016–2025; reused when its database
// holds a full build of this version, else built), as a DOST administrator of the data set: each list's data
// function exactly as its page calls it — the registry (lib/agencies listAgencies, /co-quan), the inspections
// (lib/inspections listInspections, /kiem-tra), the findings (lib/findings listFindings, /phat-hien), the records
// (lib/documents listRecords, /ho-so) — against hand-written SQL returning the same rows and columns (the page and
// its total, both through a pg Pool: the driver under Prisma's adapter). Median of BENCH_ITERATIONS (30) after 3
// warm-up runs, the two alternating case by case; target ≤ 2×. Before timing, the raw SQL must return the same
// ids in the same order and the same total as the app (otherwise the comparison means nothing).
import pg from "pg";
import { db } from "@/lib/db";
import { listAgencies } from "@/lib/agencies/data";
import { agencyListQuerySchema } from "@/lib/agencies/schema";
import { listRecords } from "@/lib/documents/data";
import { recordListQuerySchema } from "@/lib/documents/schema";
import { listFindings } from "@/lib/findings/data";
import { findingListQuerySchema } from "@/lib/findings/schema";
import { listInspections } from "@/lib/inspections/data";
import { inspectionListQuerySchema } from "@/lib/inspections/schema";
import { todayInVietnam } from "@/lib/text/dates";
import { foldForSearch } from "@/lib/text/normalize";
import { median } from "./measure";
import { scaleAdminScope, scaleBenchDatabase } from "./scale";

const iterations = Number(process.env.BENCH_ITERATIONS ?? 30);
const target = 2;

type Listed = { ids: string[]; total: number };
type ListCase = { list: string; name: string; app: () => Promise<Listed>; raw: () => Promise<Listed> };

// The build vacuums its tables at the end, and a reused build gets newer migrations (the lists' indexes among them).
const database = await scaleBenchDatabase();
process.env.DATABASE_URL = database.url; // the app's `db`
const pool = new pg.Pool({ connectionString: database.url, max: 5 });
const sql = async <T extends pg.QueryResultRow>(text: string, params: unknown[] = []) =>
  (await pool.query<T>(text, params)).rows;

const scope = await scaleAdminScope();
// A plan of 2021 (the seeded An Giang plan's year), as a user picks it in the plan filter: the first whose id the
// filter's schema takes (the data set's ids are hashes shaped as UUIDs, and most lack a valid version digit).
const plan2021 = (
  await sql<{ id: string }>(`SELECT id FROM inspection_plan WHERE year = 2021 ORDER BY number, version DESC`)
).find((p) => inspectionListQuerySchema.shape.plan.safeParse(p.id).data);
if (!plan2021) throw new Error("the scale data set has no 2021 plan");

/** `field LIKE %token%` for each folded word of `q` (as the lists' search), numbered from `params`' length. */
function searchTokens(q: string | undefined, column: string, params: unknown[]) {
  const tokens = q ? foldForSearch(q).split(" ").filter(Boolean).slice(0, 8) : [];
  return tokens.map((token) => {
    params.push(`%${token}%`);
    return `${column} LIKE $${params.length}`;
  });
}

/** Runs the page and the count queries at once, as the data functions do. */
async function pageAndTotal(select: string, count: string, params: unknown[]): Promise<Listed> {
  const [rows, [total]] = await Promise.all([sql<{ id: string }>(select, params), sql<{ n: number }>(count, params)]);
  return { ids: rows.map((r) => r.id), total: total!.n };
}

// Registry (/co-quan): units in force today, in the scope (all for DOST), Vietnamese order, 50 a page.
async function rawAgencies(raw: Record<string, string>): Promise<Listed> {
  const query = agencyListQuerySchema.parse(raw);
  const params: unknown[] = [todayInVietnam()];
  const where = [`a."validFrom" <= $1`, `(a."validTo" IS NULL OR a."validTo" >= $1)`];
  where.push(...searchTokens(query.q, `a."searchText"`, params));
  if (query.kind) {
    params.push(query.kind);
    where.push(`k.code = $${params.length}`);
  }
  const w = where.join(" AND ");
  // One statement, the count a window over the filtered units, as listAgencies reads it.
  const rows = await sql<{ id: string; total: number }>(
    `SELECT a.id, a.code, a.name, a."shortName", a."isoRequirement", a."standardVersion", a."announcementNumber",
            a."announcementDate", a.confirmed, a."validFrom", a."validTo",
            k.code AS kind_code, k."nameVi" AS kind_name_vi, k."nameEn" AS kind_name_en,
            p.id AS parent_id, p.name AS parent_name, count(*) OVER ()::int AS total
       FROM agency a JOIN agency_kind k ON k.id = a."kindId" LEFT JOIN agency p ON p.id = a."parentId"
      WHERE ${w} ORDER BY a."sortKey", a.code, a."validFrom" LIMIT 50 OFFSET ${(query.page - 1) * 50}`,
    params,
  );
  return { ids: rows.map((r) => r.id), total: rows[0]?.total ?? 0 };
}

// Inspections (/kiem-tra): newest plan year first, then unit and form, 25 a page, with the unit, the plan, the
// assignees' names, the item, finding and assessed-item counts.
function rawInspections(raw: Record<string, string>) {
  const query = inspectionListQuerySchema.parse(raw);
  const params: unknown[] = [];
  const where = ["TRUE"];
  if (query.plan) {
    params.push(query.plan);
    where.push(`i."planId" = $${params.length}`);
  }
  if (query.status) {
    params.push(query.status);
    where.push(`i.status = $${params.length}::"InspectionStatus"`);
  }
  where.push(...searchTokens(query.q, `a."searchText"`, params));
  const w = where.join(" AND ");
  return pageAndTotal(
    `WITH page AS (
       SELECT i.id, i.kind, i.status, i."standardVersion", i."overallResult", i."signedOffAt",
              a.id AS agency_id, a.code AS agency_code, a.name AS agency_name,
              p.id AS plan_id, p.number AS plan_number, p.year AS plan_year, p.version AS plan_version,
              p.year AS o1, a."sortKey" AS o2
         FROM inspection i JOIN agency a ON a.id = i."agencyId" JOIN inspection_plan p ON p.id = i."planId"
        WHERE ${w}
        ORDER BY p.year DESC, a."sortKey", i.kind, i.id LIMIT 25 OFFSET ${(query.page - 1) * 25})
     SELECT page.*,
            (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', u.name)), '[]')
               FROM inspection_assignee ia JOIN plan_member m ON m.id = ia."memberId"
               JOIN user_account u ON u.id = m."userId" WHERE ia."inspectionId" = page.id) AS assignees,
            counted.items, counted.assessed,
            (SELECT count(*)::int FROM finding f WHERE f."inspectionId" = page.id) AS findings
       FROM page
       CROSS JOIN LATERAL (SELECT count(*)::int AS items, (count(*) FILTER (WHERE it.result IS NOT NULL))::int AS assessed
                             FROM inspection_item it WHERE it."inspectionId" = page.id) counted
      ORDER BY o1 DESC, o2, kind, id`,
    `SELECT count(*)::int AS n FROM inspection i${query.q ? ` JOIN agency a ON a.id = i."agencyId"` : ""} WHERE ${w}`,
    params,
  );
}

// Findings (/phat-hien): soonest due first (no due date last), then unit and number, 50 a page, with the unit
// and the inspection with its plan.
function rawFindings(raw: Record<string, string>) {
  const query = findingListQuerySchema.parse(raw);
  const params: unknown[] = [];
  const where = ["TRUE"];
  if (query.plan) {
    params.push(query.plan);
    where.push(`i."planId" = $${params.length}`);
  }
  if (query.status) {
    params.push(query.status);
    where.push(`f.status = $${params.length}::"FindingStatus"`);
  }
  where.push(...searchTokens(query.q, `a."searchText"`, params));
  const w = where.join(" AND ");
  // The page's ids first (the order needs the unit's sort key only), then the page's relations.
  const join = `finding f JOIN agency a ON a.id = f."agencyId"${query.plan ? ` JOIN inspection i ON i.id = f."inspectionId"` : ""}`;
  return pageAndTotal(
    `WITH page AS (
       SELECT f.id, f."dueDate", a."sortKey", f."inspectionId", f.number FROM ${join}
        WHERE ${w}
        ORDER BY f."dueDate" ASC NULLS LAST, a."sortKey", f."inspectionId", f.number
        LIMIT 50 OFFSET ${(query.page - 1) * 50})
     SELECT f.id, f.number, f.clause, f.severity, f.description, f."dueDate", f.status, f."repeatOfId",
            a.id AS agency_id, a.name AS agency_name,
            i.id AS inspection_id, i.kind AS inspection_kind, i."recordDate" AS inspection_record_date,
            p.id AS plan_id, p.number AS plan_number, p.year AS plan_year
       FROM page JOIN finding f ON f.id = page.id JOIN agency a ON a.id = f."agencyId"
       JOIN inspection i ON i.id = f."inspectionId" JOIN inspection_plan p ON p.id = i."planId"
      ORDER BY page."dueDate" ASC NULLS LAST, page."sortKey", page."inspectionId", page.number`,
    `SELECT count(*)::int AS n FROM finding f${query.q ? ` JOIN agency a ON a.id = f."agencyId"` : ""}${query.plan ? ` JOIN inspection i ON i.id = f."inspectionId"` : ""} WHERE ${w}`,
    params,
  );
}

// Records (/ho-so, DOST's review queue): newest change first, 30 a page, with the unit, the plan, the latest
// version's dates and the thread's last comment.
function rawRecords(raw: Record<string, string>) {
  const query = recordListQuerySchema.parse(raw);
  const params: unknown[] = [];
  const where = ["TRUE"];
  if (query.status) {
    params.push(query.status);
    where.push(`r.status = $${params.length}::"ReviewStatus"`);
  }
  if (query.plan) {
    params.push(query.plan);
    where.push(`r."planId" = $${params.length}`);
  }
  where.push(...searchTokens(query.q, `a."searchText"`, params));
  const w = where.join(" AND ");
  const join = `qms_record r${query.q ? ` JOIN agency a ON a.id = r."agencyId"` : ""}`;
  return pageAndTotal(
    `WITH page AS (SELECT r.id FROM ${join} WHERE ${w} ORDER BY r."updatedAt" DESC, r.id
                    LIMIT 30 OFFSET ${(query.page - 1) * 30})
     SELECT r.id, r.category, r.title, r.status, r."latestVersion", r."updatedAt",
            a.id AS agency_id, a.name AS agency_name, p.id AS plan_id, p.number AS plan_number, p.year AS plan_year,
            v."periodFrom", v."periodTo", v."effectiveDate", v."createdAt" AS version_created_at, e.comment AS last_comment
       FROM page JOIN qms_record r ON r.id = page.id JOIN agency a ON a.id = r."agencyId"
       LEFT JOIN inspection_plan p ON p.id = r."planId"
       LEFT JOIN LATERAL (SELECT "periodFrom", "periodTo", "effectiveDate", "createdAt" FROM record_version
                           WHERE "recordId" = r.id ORDER BY number DESC LIMIT 1) v ON TRUE
       LEFT JOIN LATERAL (SELECT comment FROM record_event WHERE "recordId" = r.id AND comment IS NOT NULL
                           ORDER BY at DESC LIMIT 1) e ON TRUE
      ORDER BY r."updatedAt" DESC, r.id`,
    `SELECT count(*)::int AS n FROM ${join} WHERE ${w}`,
    params,
  );
}

const ids = <T extends { id: string }>(rows: T[], total: number): Listed => ({ ids: rows.map((r) => r.id), total });
const agencies = (raw: Record<string, string>) => async () => {
  const r = await listAgencies(scope, agencyListQuerySchema.parse(raw));
  return ids(r.agencies, r.total);
};
const inspections = (raw: Record<string, string>) => async () => {
  const r = await listInspections(scope, inspectionListQuerySchema.parse(raw));
  return ids(r.inspections, r.total);
};
const findings = (raw: Record<string, string>) => async () => {
  const r = await listFindings(scope, findingListQuerySchema.parse(raw));
  return ids(r.findings, r.total);
};
const records = (raw: Record<string, string>) => async () => {
  const r = await listRecords(scope, recordListQuerySchema.parse(raw));
  return ids(r.records, r.total);
};

const cases: ListCase[] = [
  { list: "registry", name: "first page", app: agencies({}), raw: () => rawAgencies({}) },
  {
    list: "registry",
    name: 'search "phu" (no diacritics), page 2',
    app: agencies({ q: "phu", page: "2" }),
    raw: () => rawAgencies({ q: "phu", page: "2" }),
  },
  { list: "inspections", name: "first page", app: inspections({}), raw: () => rawInspections({}) },
  {
    list: "inspections",
    name: "a 2021 plan, first page",
    app: inspections({ plan: plan2021.id }),
    raw: () => rawInspections({ plan: plan2021.id }),
  },
  {
    list: "inspections",
    name: 'search "xa", page 3',
    app: inspections({ q: "xa", page: "3" }),
    raw: () => rawInspections({ q: "xa", page: "3" }),
  },
  { list: "findings", name: "first page", app: findings({}), raw: () => rawFindings({}) },
  {
    list: "findings",
    name: "a 2021 plan, first page",
    app: findings({ plan: plan2021.id }),
    raw: () => rawFindings({ plan: plan2021.id }),
  },
  { list: "records", name: "first page", app: records({}), raw: () => rawRecords({}) },
  {
    list: "records",
    name: "awaiting review, page 2",
    app: records({ status: "SUBMITTED", page: "2" }),
    raw: () => rawRecords({ status: "SUBMITTED", page: "2" }),
  },
];

/** The raw SQL must list the same ids in the same order, with the same total. */
function assertSame(c: ListCase, app: Listed, raw: Listed) {
  const same =
    app.total === raw.total && app.ids.length === raw.ids.length && app.ids.every((id, i) => id === raw.ids[i]);
  if (!same || !app.ids.length)
    throw new Error(
      `${c.list} (${c.name}): the raw SQL does not list what the app lists ` +
        `(app: ${app.ids.length} rows of ${app.total}, raw: ${raw.ids.length} of ${raw.total}` +
        `${app.ids.length ? `, first ${app.ids[0]} vs ${raw.ids[0]}` : ", empty"})`,
    );
}

/** Median ms of the app and of the raw SQL, run alternately after 3 warm-up runs of each. */
async function measure(c: ListCase) {
  const app: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < 3 + iterations; i++) {
    let t = performance.now();
    await c.app();
    const a = performance.now() - t;
    t = performance.now();
    await c.raw();
    const r = performance.now() - t;
    if (i < 3) continue;
    app.push(a);
    raw.push(r);
  }
  return { app: median(app), raw: median(raw) };
}

let failed = false;
try {
  const rows = [];
  for (const c of cases) {
    const [app, raw] = [await c.app(), await c.raw()];
    assertSame(c, app, raw);
    rows.push({ c, total: app.total, ...(await measure(c)) });
  }
  const counts = database.counts;
  console.log(
    `\nLists on the national-scale synthetic data set (${counts.provinces} provinces, ${counts.agency} units, ` +
      `${counts.inspection?.toLocaleString("en")} inspections, ${counts.finding?.toLocaleString("en")} findings, ` +
      `${counts.qms_record?.toLocaleString("en")} records; ${database.built === null ? "reused" : `built in ${database.built.toFixed(0)} s`}), ` +
      `DOST administrator; median of ${iterations} after 3 warm-up runs; raw SQL through a pg Pool (same rows, ids checked):`,
  );
  console.log("| list | case | rows matching | app ms | raw SQL ms | ratio | target |");
  console.log("|---|---|---:|---:|---:|---:|---|");
  for (const r of rows) {
    const ratio = r.app / r.raw;
    if (ratio > target) failed = true;
    console.log(
      `| ${r.c.list} | ${r.c.name} | ${r.total.toLocaleString("en")} | ${r.app.toFixed(2)} | ${r.raw.toFixed(2)} | ${ratio.toFixed(2)} ${ratio <= target ? "✓" : "✗"} | ≤ ${target} |`,
    );
  }
} finally {
  await pool.end();
  await db.$disconnect();
  await database.stop();
}
if (failed) {
  console.error(`✗ lists: a list is slower than ${target}× its raw SQL`);
  process.exit(1);
}
