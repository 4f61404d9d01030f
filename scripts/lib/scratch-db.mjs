// A database of its own for tests and benchmarks: the local PostgreSQL when it answers (a fresh database
// with the given name), else nothing (the caller falls back to the embedded one).
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

/** Drops and creates `name` next to the admin URL's database; returns its URL. */
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
