import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDb } from "@/lib/db/embedded";

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
 * server cannot create one (the embedded PGlite serves a single database whatever the URL names), an
 * embedded database in a temporary folder instead.
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
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "qms-fresh-"));
  const embedded = await startEmbeddedDb({ dataDir, maxConnections: 10 });
  return {
    url: embedded.url,
    drop: async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
