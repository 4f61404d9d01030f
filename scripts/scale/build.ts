import pg from "pg";
import { createDb } from "@/lib/db";
import { seedChecklists } from "@/prisma/seed/checklists";
import { agencyKinds } from "@/prisma/seed/reference";
import { findingSteps } from "./findings";
import { dropHelperFunctionsSql, helperFunctionsSql, scaleSeed } from "./ids";
import { inspectionSteps } from "./inspections";
import { planRows } from "./plans";
import { recordSteps } from "./records";
import { bulkTables, suspendConstraints } from "./bulk";
import { prepareScaleDatabase } from "./database";
import { provinceCount, provinces, registryRows } from "./registry";

/** Bumped when the shape of the data set changes, so a bench does not reuse an older build. */
export const scaleVersion = 4;

/** Tables whose rows the build counts (and the test compares between two builds). */
export const countedTables = [
  "agency",
  "agency_succession",
  "reorganisation",
  "user_account",
  "inspection_plan",
  "plan_member",
  ...bulkTables,
] as const;

export type ScaleCounts = Record<(typeof countedTables)[number], number> & { provinces: number };

/** Inserts rows given as objects into `table`, in batches, through json_populate_recordset (column types from the table). */
async function insertRows(client: pg.Client, table: string, rows: Record<string, unknown>[]) {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!)
    .map((c) => `"${c}"`)
    .join(", ");
  for (let i = 0; i < rows.length; i += 5000)
    await client.query(
      `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(null::${table}, $1::json)`,
      [JSON.stringify(rows.slice(i, i + 5000))],
    );
}

/**
 * Builds the national-scale synthetic data set into `url` (emptied and migrated first, see
 * prepareScaleDatabase): `scale` × 34 provinces (at least one), each with about 100 units, 10 years of plans,
 * their inspections, checklist results, findings, corrective answers and QMS records. Deterministic: the same
 * scale gives the same rows with the same ids. One transaction: a failed build leaves no half data set.
 */
export async function buildScaleDataset(options: { url: string; scale?: number; log?: (line: string) => void }) {
  const log = options.log ?? (() => {});
  const scale = options.scale ?? 1;
  const started = performance.now();
  await prepareScaleDatabase(options.url);

  // Reference data the app's seed also writes: the kinds of unit and the published checklists (with the crosswalk).
  const prisma = createDb(options.url, 1);
  try {
    await prisma.agencyKind.createMany({ data: [...agencyKinds], skipDuplicates: true });
    await prisma.$transaction((tx) => seedChecklists(tx), { timeout: 60_000 });
  } finally {
    await prisma.$disconnect();
  }

  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  const step = async (label: string, fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  try {
    await client.query(helperFunctionsSql);
    await client.query("BEGIN");
    // The dashboard's data-version triggers fire at each statement's end, not at commit: the build alters tables
    // (suspendConstraints), which PostgreSQL refuses while trigger events are pending.
    await client.query("SET CONSTRAINTS dashboard_data_changed IMMEDIATE");
    await client.query(
      "SET LOCAL synchronous_commit = off; SET LOCAL work_mem = '64MB'; SET LOCAL maintenance_work_mem = '256MB'",
    );
    const kinds = Object.fromEntries(
      (await client.query<{ code: string; id: string }>(`SELECT code, id FROM agency_kind`)).rows.map((k) => [
        k.code,
        k.id,
      ]),
    );
    const list = provinces(Math.max(1, Math.round(provinceCount * scale)));
    await step("registry, users and plans", async () => {
      const registry = registryRows(list, kinds);
      await insertRows(client, "agency", registry.agencies);
      await insertRows(client, "user_account", registry.users);
      await insertRows(client, "reorganisation", registry.reorganisations);
      await insertRows(client, "agency_succession", registry.successions);
      const plans = planRows(list);
      await insertRows(client, "inspection_plan", plans.plans);
      await insertRows(client, "plan_member", plans.members);
      await insertRows(client, "plan_milestone", plans.milestones);
      await insertRows(client, "plan_coordinator", plans.coordinators);
    });
    const restore = await suspendConstraints(client);
    for (const s of [...inspectionSteps, ...findingSteps, ...recordSteps]) {
      await step(s.label, () => client.query(s.sql));
      // Fresh statistics for the next statements' plans (a table just filled looks empty to the planner).
      if (s.analyze) await client.query(`ANALYZE ${s.analyze}`);
    }
    await step("indexes and foreign keys", restore);
    const counts = await countRows(client);
    counts.provinces = list.length;
    const seconds = (performance.now() - started) / 1000;
    await client.query(`
      CREATE TABLE scale_dataset (version int PRIMARY KEY, seed text NOT NULL, scale float8 NOT NULL,
                                  built_at timestamptz NOT NULL DEFAULT now(), seconds float8 NOT NULL, counts jsonb NOT NULL);
      COMMENT ON TABLE scale_dataset IS 'Fingerprint of the synthetic data set written by npm run seed:scale (not part of the app schema).'`);
    await client.query(
      `INSERT INTO scale_dataset (version, seed, scale, seconds, counts) VALUES ($1, $2, $3, $4, $5)`,
      [scaleVersion, scaleSeed, scale, seconds, JSON.stringify(counts)],
    );
    await client.query("COMMIT");
    await client.query(dropHelperFunctionsSql);
    // VACUUM as well: a server without autovacuum would otherwise never mark the pages all-visible, and the
    // dashboard's covering indexes could not be read index-only.
    await step("vacuum and analyze", () => client.query("VACUUM ANALYZE"));
    return { counts, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

export async function countRows(client: pg.Client): Promise<ScaleCounts> {
  const { rows } = await client.query<Record<string, number>>(
    `SELECT ${countedTables.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(", ")}`,
  );
  return { ...(rows[0] as Record<(typeof countedTables)[number], number>), provinces: 0 };
}
