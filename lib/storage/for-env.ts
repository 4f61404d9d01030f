import path from "node:path";
import type { Env } from "@/lib/env";
import type { FileStorage } from "./contract";
import { localStorage } from "./local";
import { s3Storage } from "./s3";

/**
 * The backend an environment asks for. The env schema has already required the S3 settings when the driver
 * is s3. Kept apart from index.ts (server-only) so command-line scripts (backup, restore) can use it.
 */
export function storageFor(settings: Env): FileStorage {
  if (settings.STORAGE_DRIVER === "local") return localStorage(path.resolve(settings.DATA_DIR, "files"));
  const {
    S3_ENDPOINT: endpoint,
    S3_BUCKET: bucket,
    S3_ACCESS_KEY_ID: accessKeyId,
    S3_SECRET_ACCESS_KEY: secretAccessKey,
  } = settings;
  if (!endpoint || !bucket || !accessKeyId || !secretAccessKey) throw new Error("storage: S3 settings missing");
  return s3Storage({
    endpoint,
    bucket,
    accessKeyId,
    secretAccessKey,
    region: settings.S3_REGION,
    forcePathStyle: settings.S3_FORCE_PATH_STYLE,
  });
}
