import pg from "pg";
import { migrate } from "@/lib/db/migrate";

/** The data set's own database unless told otherwise: `qms_scale` on DATABASE_URL's server, else the local one. */
export const defaultScaleDatabase = "qms_scale";

export function scaleDatabaseUrl(explicit?: string): string {
  if (explicit) return explicit;
  const url = new URL(process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres");
  url.pathname = `/${defaultScaleDatabase}`;
  return url.toString();
}

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
const serverOf = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}:${u.port || "5432"}`;
};

export class ScaleDatabaseError extends Error {}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Makes `url` an empty, migrated database for the data set. It is created when missing. An existing one is
 * emptied only if it is empty already or holds an earlier build (its `scale_dataset` table): never the app's
 * database (DATABASE_URL), never one with other data.
 */
export async function prepareScaleDatabase(url: string, log: (line: string) => void = () => {}) {
  const name = databaseName(url);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new ScaleDatabaseError(`unexpected database name "${name}"`);
  const app = process.env.DATABASE_URL;
  if (app && databaseName(app) === name && serverOf(app) === serverOf(url))
    throw new ScaleDatabaseError(`refusing to build the scale data set in the app's database (${name})`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const exists = await withClient(admin.toString(), async (c) => {
    const found = (await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount! > 0;
    if (!found) await c.query(`CREATE DATABASE ${name}`);
    return found;
  });
  if (exists) {
    await withClient(url, async (c) => {
      const { rows } = await c.query<{ tables: number; ours: boolean }>(`
        SELECT count(*)::int AS tables, bool_or(tablename = 'scale_dataset') AS ours
          FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
      const { tables, ours } = rows[0]!;
      if (tables > 0 && !ours)
        throw new ScaleDatabaseError(
          `database ${name} holds tables this script did not build; refusing to empty it (pass --database-url)`,
        );
      // An earlier build (or an empty database): start again from an empty schema.
      await c.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public`);
    });
  }
  await migrate({ connectionString: url, log });
}

/** The fingerprint an earlier build left (null: none, or not this version of the script). */
export async function readFingerprint(url: string, version: number) {
  try {
    return await withClient(url, async (c) => {
      if (!(await c.query(`SELECT to_regclass('public.scale_dataset') AS t`)).rows[0].t) return null;
      const { rows } = await c.query<{ scale: number; seconds: number; counts: Record<string, number> }>(
        `SELECT scale, seconds, counts FROM scale_dataset WHERE version = $1`,
        [version],
      );
      return rows[0] ?? null;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "3D000") return null; // no such database yet
    throw error;
  }
}
