import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDb } from "@/lib/db/embedded";
import { freshDatabase, pgReachable } from "../lib/scratch-db.mjs";

/**
 * The database a benchmark measures against: BENCH_DATABASE_URL, else a fresh database `name` on the local
 * PostgreSQL, else an embedded PGlite in a temporary folder (removed by `stop`).
 */
export async function benchDatabase(name: string) {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, label: "BENCH_DATABASE_URL", stop: async () => {} };
  if (await pgReachable()) return { url: await freshDatabase(name), label: "PostgreSQL 127.0.0.1:5432", stop: async () => {} };
  const dir = mkdtempSync(path.join(os.tmpdir(), "qms-bench-db-"));
  const embedded = await startEmbeddedDb({ dataDir: dir, maxConnections: 20 });
  return {
    url: embedded.url,
    label: "embedded PGlite",
    stop: async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
