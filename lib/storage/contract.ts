import { createHash, randomUUID } from "node:crypto";
import type { Readable } from "node:stream";

/**
 * What every storage backend promises. The database keeps only the key, name, size and SHA-256 of a file.
 * `put` streams the body (never holds it whole), and the file becomes visible under its key only once it is
 * complete: a body that fails half-way leaves nothing behind and `put` rejects with the body's error. A
 * caller whose transaction fails after `put` removes the key it got, so no file outlives a missing row.
 */
export type StoredFile = { key: string; size: number; sha256: string };
export type PutOptions = {
  contentType?: string;
  /**
   * Store under this key instead of a new one: only for a restore, which brings files back under the keys
   * the restored rows name. The key must be one this module made; whatever is stored there is replaced.
   */
  key?: string;
};

export interface FileStorage {
  put(body: AsyncIterable<Uint8Array>, options?: PutOptions): Promise<StoredFile>;
  /** The file's bytes as a stream; rejects when there is no file under the key. */
  get(key: string): Promise<Readable>;
  /** Size of the stored file, or null when there is none. */
  stat(key: string): Promise<{ size: number } | null>;
  /** Idempotent: removing a key that holds no file succeeds. */
  remove(key: string): Promise<void>;
}

/** Keys are random (never derived from the user's file name): two hex characters of fan-out, then a UUID. */
const keyPattern = /^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function newKey(): string {
  const id = randomUUID();
  return `${id.slice(0, 2)}/${id}`;
}

/** Refuses anything that is not a key this module made, so a key read from a request cannot climb out. */
export function checkedKey(key: string): string {
  if (!keyPattern.test(key)) throw new Error("storage: bad key");
  return key;
}

/**
 * Passes the body through while counting its bytes and hashing them, so size and SHA-256 come from the same
 * single pass that writes the file. `result()` is meaningful once the body has been read to its end.
 */
export function measured(body: AsyncIterable<Uint8Array>) {
  const hash = createHash("sha256");
  let size = 0;
  async function* chunks() {
    for await (const chunk of body) {
      hash.update(chunk);
      size += chunk.byteLength;
      yield chunk;
    }
  }
  return { chunks: chunks(), result: () => ({ size, sha256: hash.digest("hex") }) };
}
