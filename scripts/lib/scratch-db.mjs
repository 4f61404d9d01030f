// A database of its own for tests and benchmarks: the local PostgreSQL when it answers (a fresh database
// with the given name), else an embedded PostgreSQL in a temporary folder (embeddedScratch).
import pg from "pg";

export const localAdminUrl = "postgresql://postgres@127.0.0.1:5432/postgres";

export async function pgReachable(url = localAdminUrl) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Drops and creates `name` next to the admin URL's database; returns its URL (with the admin URL's query). */
export async function freshDatabase(name, adminUrl = localAdminUrl) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * An embedded PostgreSQL in a temporary folder, with database `name`; `stop` shuts it down and removes the
 * folder. The folder is opened to other users (mkdtemp makes it 0700), since as root the server runs as `postgres`.
 */
export async function embeddedScratch(prefix, name = "qms") {
  const { mkdtempSync, chmodSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const path = await import("node:path");
  const { startEmbeddedDb } = await import("../../lib/db/embedded.ts");
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  try {
    const db = await startEmbeddedDb({ dataDir: dir, database: name });
    const adminUrl = new URL(db.url);
    adminUrl.pathname = "/postgres";
    return {
      url: db.url,
      adminUrl: adminUrl.toString(),
      dataDir: dir,
      stop: async () => {
        await db.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
