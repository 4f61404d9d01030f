import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/**
 * Applies Prisma-layout migrations (prisma/migrations/<timestamp>_<name>/migration.sql) without Prisma's
 * native engine, writing `_prisma_migrations` exactly as `prisma migrate deploy` does, so either tool can
 * take over. Each migration runs in its own transaction; Prisma's advisory lock makes concurrent starts
 * apply each migration once; a failed migration is recorded and blocks further runs until resolved.
 */
export const PRISMA_ADVISORY_LOCK = 72707369;
export const defaultMigrationsDir = path.join(process.cwd(), "prisma", "migrations");

export class MigrationError extends Error {}

export type MigrationFile = { name: string; sql: string; checksum: string };

export async function readMigrations(dir = defaultMigrationsDir): Promise<MigrationFile[]> {
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const createTableSql = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type Row = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export type MigrateOptions = {
  connectionString: string;
  migrationsDir?: string;
  /** Apply only these migrations of the folder (a restore brings the schema to the archive's, no further). */
  only?: readonly string[];
  log?: (line: string) => void;
};

export async function migrate({
  connectionString,
  migrationsDir,
  only,
  log = () => {},
}: MigrateOptions): Promise<{ applied: string[] }> {
  const wanted = only && new Set(only);
  const migrations = (await readMigrations(migrationsDir)).filter((m) => !wanted || wanted.has(m.name));
  const client = new pg.Client({ connectionString });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    try {
      await client.query(createTableSql);
      const { rows } = await client.query<Row>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
      );
      const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
      if (failed) {
        throw new MigrationError(
          `Migration ${failed.migration_name} failed earlier; fix it, then run: npm run db:migrate -- --rolled-back ${failed.migration_name}`,
        );
      }
      const done = new Map(rows.filter((r) => r.finished_at !== null).map((r) => [r.migration_name, r.checksum]));
      for (const migration of migrations) {
        const checksum = done.get(migration.name);
        if (checksum !== undefined) {
          if (checksum !== migration.checksum) log(`warning: ${migration.name} was edited after it was applied`);
          continue;
        }
        if (!(await applyOne(client, migration))) continue;
        applied.push(migration.name);
        log(`applied ${migration.name}`);
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]);
    }
  } finally {
    await client.end();
  }
  return { applied };
}

/** Applies one migration in its own transaction; false when another run finished it in the meantime. */
async function applyOne(client: pg.Client, migration: MigrationFile): Promise<boolean> {
  const id = randomUUID();
  try {
    await client.query("BEGIN");
    // The embedded database serves every connection from one session, so the advisory lock excludes no one
    // there; it does run one transaction at a time, so this check inside the transaction is what holds.
    const done = await client.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      [migration.name],
    );
    if (done.rowCount) {
      await client.query("COMMIT");
      return false;
    }
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count, started_at)
       VALUES ($1, $2, now(), $3, 1, now())`,
      [id, migration.checksum, migration.name],
    );
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK");
    const message = error instanceof Error ? error.message : String(error);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, applied_steps_count, started_at)
       VALUES ($1, $2, $3, $4, 0, now())`,
      [id, migration.checksum, migration.name, message],
    );
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${message}`);
  }
}

/** Marks a failed migration as rolled back (like `prisma migrate resolve --rolled-back`), so a fixed version can run. */
export async function resolveRolledBack(connectionString: string, name: string): Promise<number> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const result = await client.query(
      `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL`,
      [name],
    );
    return result.rowCount ?? 0;
  } finally {
    await client.end();
  }
}

const namesCache = new Map<string, Promise<string[]>>();

/** Migration folder names; read once per process (the folder only changes with a deployment). */
function migrationNames(dir = defaultMigrationsDir): Promise<string[]> {
  let names = namesCache.get(dir);
  if (!names) {
    names = readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true }).then((entries) =>
      entries
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort(),
    );
    namesCache.set(dir, names);
  }
  return names;
}

/** Names of migrations in the folder that the database has not finished; used by the health check. */
export async function pendingMigrations(
  query: (sql: string) => Promise<{ migration_name: string }[]>,
  migrationsDir?: string,
): Promise<string[]> {
  const names = await migrationNames(migrationsDir);
  const rows = await query(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const finished = new Set(rows.map((r) => r.migration_name));
  return names.filter((n) => !finished.has(n));
}
