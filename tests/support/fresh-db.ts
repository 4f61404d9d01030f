import { randomUUID } from "node:crypto";
import pg from "pg";
import { embeddedScratch } from "@/scripts/lib/scratch-db.mjs";

export type FreshDb = { url: string; drop: () => Promise<void> };

function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set");
  return url;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * An empty database of its own, on the server of TEST_DATABASE_URL (admin database "postgres"). Where the
 * server refuses (a user without CREATEDB), an embedded PostgreSQL in a temporary folder instead.
 */
export async function createFreshDatabase(): Promise<FreshDb> {
  const admin = withDatabase(testDatabaseUrl(), "postgres");
  const name = `qms_test_tmp_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const url = withDatabase(testDatabaseUrl(), name);
  const drop = () => query(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => {});
  try {
    await query(admin, `CREATE DATABASE ${name}`);
    const { rows } = await query(url, "SELECT current_database() AS name");
    if (rows[0]?.name === name) return { url, drop };
    await drop().catch(() => {});
  } catch {
    // fall through to the embedded database
  }
  const scratch = await embeddedScratch("qms-fresh-");
  return { url: scratch.url, drop: scratch.stop };
}
