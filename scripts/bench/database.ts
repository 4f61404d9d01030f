import { embeddedScratch, freshDatabase, pgReachable } from "../lib/scratch-db.mjs";

/**
 * The database a benchmark measures against: BENCH_DATABASE_URL, else a fresh database `name` on the local
 * PostgreSQL, else an embedded PostgreSQL in a temporary folder (removed by `stop`).
 */
export async function benchDatabase(name: string) {
  if (process.env.BENCH_DATABASE_URL)
    return { url: process.env.BENCH_DATABASE_URL, label: "BENCH_DATABASE_URL", stop: async () => {} };
  if (await pgReachable())
    return { url: await freshDatabase(name), label: "PostgreSQL 127.0.0.1:5432", stop: async () => {} };
  const scratch = await embeddedScratch("qms-bench-db-");
  return { url: scratch.url, label: "embedded PostgreSQL", stop: scratch.stop };
}
