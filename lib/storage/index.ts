import "server-only";
import { Readable } from "node:stream";
import { env } from "@/lib/env";
import { contentDisposition } from "@/lib/uploads/names";
import type { FileStorage } from "./contract";
import { storageFor } from "./for-env";

/**
 * Where uploaded files live: local disk under DATA_DIR/files by default, an S3-compatible bucket when
 * STORAGE_DRIVER=s3 (several app instances then share the files). Both backends keep the contract of
 * `FileStorage`: streamed writes under random keys, a file visible only once complete.
 */
export type { FileStorage } from "./contract";
export { localStorage } from "./local";
export { s3Storage } from "./s3";
export { storageFor } from "./for-env";

let storage: FileStorage | undefined;

export function getStorage(): FileStorage {
  storage ??= storageFor(env());
  return storage;
}

/**
 * A stored file as the answer of a download route: its bytes streamed from storage under the type stored with
 * it (decided from the bytes at upload; nosniff keeps the browser from guessing another), saved under its
 * name, or shown in the browser when `inline`. Files are private: `cacheControl` is at most a private cache.
 */
export async function fileResponse(file: {
  key: string;
  name: string;
  contentType: string;
  size: number | bigint | null;
  inline?: boolean;
  cacheControl?: string;
}): Promise<Response> {
  const stream = await getStorage().get(file.key);
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      "content-type": file.contentType,
      ...(file.size == null ? {} : { "content-length": String(file.size) }),
      "content-disposition": contentDisposition(file.name, file.inline ? "inline" : "attachment"),
      "x-content-type-options": "nosniff",
      "cache-control": file.cacheControl ?? "private, no-store",
    },
  });
}
