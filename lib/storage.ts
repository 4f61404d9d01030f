import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

/**
 * Where uploaded files live. The database keeps only the key, name, size and SHA-256. Files are written to
 * a temporary name and renamed when complete, so a failed write leaves no file behind; a caller whose
 * transaction fails afterwards removes the file it stored.
 */
export type StoredFile = { key: string; size: number; sha256: string };

export interface FileStorage {
  put(body: AsyncIterable<Uint8Array>): Promise<StoredFile>;
  get(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
}

const keyPattern = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

/** Files under a folder of this machine (by default the data folder, DATA_DIR/files). */
export function localStorage(root: string): FileStorage {
  const full = (key: string) => {
    if (!keyPattern.test(key)) throw new Error("storage: bad key");
    return path.join(root, key);
  };
  return {
    async put(body) {
      const id = randomUUID();
      const key = `${id.slice(0, 2)}/${id}`;
      const target = full(key);
      await mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.part`;
      const handle = await open(temporary, "wx");
      const hash = createHash("sha256");
      let size = 0;
      try {
        for await (const chunk of body) {
          hash.update(chunk);
          size += chunk.length;
          await handle.write(chunk);
        }
        await handle.sync();
      } catch (error) {
        await handle.close();
        await rm(temporary, { force: true });
        throw error;
      }
      await handle.close();
      await rename(temporary, target);
      return { key, size, sha256: hash.digest("hex") };
    },
    async get(key) {
      return createReadStream(full(key));
    },
    async remove(key) {
      await rm(full(key), { force: true });
    },
  };
}

let storage: FileStorage | undefined;

export function getStorage(): FileStorage {
  storage ??= localStorage(path.resolve(process.env.DATA_DIR ?? ".data", "files"));
  return storage;
}

/** A file name fit for a Content-Disposition header: the Vietnamese name in filename*, an ASCII fallback. */
export function contentDisposition(name: string): string {
  const clean = name.normalize("NFC").replace(/[\\/\r\n"]/g, "_").slice(0, 150) || "tep";
  const ascii = clean.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").replace(/[^\x20-\x7e]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`;
}
