import path from "node:path";
import { runningEmbeddedUrl } from "@/lib/db/embedded";
import { parseEnv } from "@/lib/env";
import { storageFor } from "@/lib/storage/for-env";
import type { FileStorage } from "@/lib/storage/contract";
import { openDatabase, StartError } from "./database";

export const root = path.resolve(import.meta.dirname, "..", "..");

export type DataTarget = { url: string; storage: FileStorage; where: string; stop: () => Promise<void> };

/**
 * The database and file storage of this installation, found as `npm start` finds them: DATABASE_URL, else
 * the embedded PostgreSQL of DATA_DIR; STORAGE_DRIVER's storage. A read (backup, audit check) may run beside
 * the app: it connects to the embedded server a running `npm start` holds. A restore may not: it wants the
 * app stopped, and starts the embedded server itself (creating it when the folder is new).
 */
export async function openDataTarget(purpose: "read" | "restore", log: (line: string) => void): Promise<DataTarget> {
  const settings = parseEnv(process.env);
  const dataDir = path.resolve(root, settings.DATA_DIR);
  const storage = storageFor({ ...settings, DATA_DIR: dataDir });
  if (!settings.DATABASE_URL) {
    const running = await runningEmbeddedUrl(dataDir);
    if (running && purpose === "restore") {
      throw new StartError(
        `Ứng dụng đang chạy trên ${dataDir}: dừng npm start trước khi khôi phục — the app is running on this data folder; stop it before restoring`,
      );
    }
    if (running)
      return { url: running, storage, where: `embedded PostgreSQL of ${dataDir} (running)`, stop: async () => {} };
  }
  const database = await openDatabase({ url: settings.DATABASE_URL, dataDir, log });
  return {
    url: database.url,
    storage,
    where: database.embedded ? `embedded PostgreSQL of ${dataDir}` : "DATABASE_URL",
    stop: database.stop,
  };
}

/** One line for an expected failure, the stack for anything else; sets a non-zero exit code. */
export function reportFailure(error: unknown, expected: (new (...args: never[]) => Error)[]): void {
  const known = error instanceof Error && (expected.some((type) => error instanceof type) || error.name === "ZodError");
  console.error(known ? `✗ ${(error as Error).message}` : error);
  process.exitCode = 1;
}
