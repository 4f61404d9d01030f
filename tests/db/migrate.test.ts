import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { defaultMigrationsDir, migrate, MigrationError, resolveRolledBack } from "@/lib/db/migrate";
import { createFreshDatabase, type FreshDb } from "@/tests/support/fresh-db";

type MigrationRow = {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
};

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function freshDb(): Promise<FreshDb> {
  const db = await createFreshDatabase();
  cleanups.push(db.drop);
  return db;
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

const migrationRows = (url: string) =>
  sql<MigrationRow>(url, `SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name`);
const tableExists = async (url: string, table: string) =>
  (await sql<{ found: string | null }>(url, `SELECT to_regclass('public.${table}')::text AS found`))[0]?.found !== null;

async function migrationsDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "qms-migrations-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), text);
  }
  return dir;
}

describe("migrate", () => {
  it("applies each migration exactly once when two runs start together on an empty database", async () => {
    const { url } = await freshDb();
    const folders = (await readdir(defaultMigrationsDir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders.length).toBeGreaterThanOrEqual(2);

    const [a, b] = await Promise.all([migrate({ connectionString: url }), migrate({ connectionString: url })]);
    // Between them the two runs applied every migration once (on PostgreSQL one run does it all; the
    // embedded database may interleave them).
    expect([...a.applied, ...b.applied].sort()).toEqual(folders);

    const rows = await migrationRows(url);
    expect(rows.map((r) => r.migration_name).sort()).toEqual(folders);
    for (const row of rows) {
      const text = await readFile(path.join(defaultMigrationsDir, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(createHash("sha256").update(text).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await tableExists(url, "user_account")).toBe(true);

    // A third run later has nothing to do.
    expect((await migrate({ connectionString: url })).applied).toEqual([]);
    expect(await migrationRows(url)).toHaveLength(folders.length);
  });

  it("rolls back a migration that fails halfway, records it, blocks later runs until it is resolved", async () => {
    const { url } = await freshDb();
    const first = "20260101000000_first";
    const second = "20260102000000_second";
    const dir = await migrationsDir({
      [first]: "CREATE TABLE first_table (id int);",
      [second]: "CREATE TABLE a (id int);\nSELECT 1/0;",
    });

    const failure = await migrate({ connectionString: url, migrationsDir: dir }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as Error).message).toContain(second);
    expect((failure as Error).message).toMatch(/division by zero/);

    expect(await tableExists(url, "first_table")).toBe(true);
    expect(await tableExists(url, "a")).toBe(false);
    let rows = await migrationRows(url);
    expect(rows.map((r) => [r.migration_name, r.finished_at !== null])).toEqual([
      [first, true],
      [second, false],
    ]);
    const failed = rows[1]!;
    expect(failed.logs).toMatch(/division by zero/);
    expect(failed.rolled_back_at).toBeNull();
    expect(failed.applied_steps_count).toBe(0);

    // Blocked, even with the SQL fixed, until the failure is resolved.
    await writeFile(path.join(dir, second, "migration.sql"), "CREATE TABLE a (id int);");
    const blocked = migrate({ connectionString: url, migrationsDir: dir });
    await expect(blocked).rejects.toBeInstanceOf(MigrationError);
    await expect(blocked).rejects.toThrow(second);
    expect(await tableExists(url, "a")).toBe(false);

    expect(await resolveRolledBack(url, second)).toBe(1);
    expect(await resolveRolledBack(url, second)).toBe(0);
    expect((await migrate({ connectionString: url, migrationsDir: dir })).applied).toEqual([second]);
    expect(await tableExists(url, "a")).toBe(true);

    rows = await migrationRows(url);
    const secondRows = rows.filter((r) => r.migration_name === second);
    expect(secondRows).toHaveLength(2);
    expect(secondRows.filter((r) => r.rolled_back_at !== null && r.finished_at === null)).toHaveLength(1);
    const applied = secondRows.find((r) => r.finished_at !== null)!;
    expect(applied.checksum).toBe(createHash("sha256").update("CREATE TABLE a (id int);").digest("hex"));
    expect(applied.applied_steps_count).toBe(1);
    expect(rows.filter((r) => r.migration_name === first)).toHaveLength(1);
  });

  it("leaves an applied migration alone when its file is edited later, and says so", async () => {
    const { url } = await freshDb();
    const name = "20260101000000_only";
    const dir = await migrationsDir({ [name]: "CREATE TABLE only_table (id int);" });
    await migrate({ connectionString: url, migrationsDir: dir });
    await writeFile(path.join(dir, name, "migration.sql"), "CREATE TABLE only_table (id int, extra int);");
    const lines: string[] = [];
    expect((await migrate({ connectionString: url, migrationsDir: dir, log: (l) => lines.push(l) })).applied).toEqual(
      [],
    );
    expect(lines).toEqual([`warning: ${name} was edited after it was applied`]);
    expect(await migrationRows(url)).toHaveLength(1);
  });
});
