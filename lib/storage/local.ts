import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { checkedKey, measured, newKey, type FileStorage } from "./contract";

/**
 * Files under a folder of this machine (by default the data folder, DATA_DIR/files). A file is written to
 * `<key>.part` and renamed to its key only when complete and synced, so a reader never sees half a file and
 * a failed write removes its `.part`. The content type is not kept: callers store what they serve.
 */
const writeBytes = 1024 * 1024;

export function localStorage(root: string): FileStorage {
  const full = (key: string) => path.join(root, checkedKey(key));
  return {
    async put(body) {
      const key = newKey();
      const target = full(key);
      await mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.part`;
      const handle = await open(temporary, "wx");
      const file = measured(body);
      // Chunks are gathered into writes of about 1 MB (writev: no copying), with one write in flight while
      // the next batch is read and hashed, so disk and CPU overlap and at most about 2 MB are held. A rejected
      // write is seen at the next await (the catch only prevents an unhandled rejection when the body fails first).
      let writing: Promise<unknown> | undefined;
      let batch: Uint8Array[] = [];
      let batchBytes = 0;
      const flush = async () => {
        await writing;
        writing = handle.writev(batch);
        writing.catch(() => {});
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
