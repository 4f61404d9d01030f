import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { checkedKey, measured, newKey, type FileStorage } from "./contract";

/**
 * Files under a folder of this machine (by default the data folder, DATA_DIR/files). A file is written to
 * `<key>.part` and renamed to its key only when complete and synced, so a reader never sees half a file and
 * a failed write removes its `.part`. The content type is not kept: callers store what they serve.
 */
const writeBytes = 1024 * 1024;
/** While a file arrives, what has been written is flushed to disk every few MB, so the last sync is short. */
const syncBytes = 4 * 1024 * 1024;

export function localStorage(root: string): FileStorage {
  const full = (key: string) => path.join(root, checkedKey(key));
  return {
    async put(body, options = {}) {
      const key = options.key === undefined ? newKey() : checkedKey(options.key);
      const target = full(key);
      await mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.part`;
      const handle = await open(temporary, "wx");
      const file = measured(body);
      // Chunks are gathered into writes of about 1 MB (writev: no copying), with one write in flight while
      // the next batch is read and hashed, so disk and CPU overlap and at most about 2 MB are held. Every
      // `syncBytes` a datasync of what is written so far runs in the background, so the disk flushes while the
      // rest arrives and the sync that ends the file has little left to do. A failed write is seen at the next
      // await (the catch only prevents an unhandled rejection when the body fails first); a failed background
      // sync is kept and thrown, since the kernel reports a write-back error to one sync only.
      let writing: Promise<unknown> | undefined;
      let syncing: Promise<void> | undefined;
      let syncFailure: { error: unknown } | undefined;
      let batch: Uint8Array[] = [];
      let batchBytes = 0;
      let unsynced = 0;
      const flush = async () => {
        await writing;
        if (syncFailure) throw syncFailure.error;
        if (unsynced >= syncBytes && !syncing) {
          unsynced = 0;
          syncing = handle.datasync().then(
            () => void (syncing = undefined),
            (error: unknown) => void ((syncFailure ??= { error }), (syncing = undefined)),
          );
        }
        writing = handle.writev(batch);
        writing.catch(() => {});
        unsynced += batchBytes;
        batch = [];
        batchBytes = 0;
      };
      try {
        for await (const chunk of file.chunks) {
          batch.push(chunk);
          batchBytes += chunk.byteLength;
          if (batchBytes >= writeBytes) await flush();
        }
        if (batchBytes > 0) await flush();
        await writing;
        await syncing;
        if (syncFailure) throw syncFailure.error;
        await handle.sync();
      } catch (error) {
        await handle.close();
        await rm(temporary, { force: true });
        throw error;
      }
      await handle.close();
      await rename(temporary, target);
      return { key, ...file.result() };
    },
    async get(key) {
      // Opened here rather than lazily by the stream, so a missing file rejects like it does on S3.
      const handle = await open(full(key), "r");
      return handle.createReadStream();
    },
    async stat(key) {
      const info = await stat(full(key)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return null;
        throw error;
      });
      return info ? { size: info.size } : null;
    },
    async remove(key) {
      await rm(full(key), { force: true });
    },
  };
}
