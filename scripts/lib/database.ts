import pg from "pg";
import { startEmbeddedDb } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { seed } from "@/prisma/seed/seed";

export class StartError extends Error {}

/** Connects once with a short timeout, so a wrong DATABASE_URL fails in seconds with the driver's reason. */
export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code : String(error);
    throw new StartError(`Không kết nối được cơ sở dữ liệu DATABASE_URL (${redact(url)}): ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

/** DATABASE_URL when given (checked), else the embedded database in `dataDir`. */
export async function openDatabase(options: { url?: string; dataDir: string; log: (line: string) => void }) {
  if (options.url) {
    await assertReachable(options.url);
    return { url: options.url, embedded: false, stop: async () => {} };
  }
  const embedded = await startEmbeddedDb({ dataDir: options.dataDir, log: options.log });
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}

/** Migrations, then reference data, then (optionally) the demo accounts. Safe to run at every start. */
export async function prepareDatabase(url: string, options: { demo: boolean; log: (line: string) => void }) {
  await migrate({ connectionString: url, log: options.log });
  return seed(url, { demo: options.demo, log: options.log });
}
