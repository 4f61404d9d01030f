import { mkdir, open, readFile, rm } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * The embedded PostgreSQL (PGlite, PostgreSQL in WebAssembly) behind a socket server on 127.0.0.1, so
 * that the app, migrations and seed talk to it with the ordinary `pg` driver. One process per data folder.
 */
export class EmbeddedDbError extends Error {}

export type EmbeddedDb = { url: string; stop: () => Promise<void> };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the data folder's lock file, or says which process holds it. A lock left by a dead process is taken over. */
async function lockDataDir(lockPath: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number((await readFile(lockPath, "utf8").catch(() => "")).trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new EmbeddedDbError(
          `Cơ sở dữ liệu nhúng trong ${path.dirname(lockPath)} đang được tiến trình ${holder} sử dụng (một npm start khác?) — embedded database already in use`,
        );
      }
      await rm(lockPath, { force: true });
    }
  }
  throw new EmbeddedDbError(`Could not lock ${lockPath}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedDb(options: { dataDir: string; port?: number; maxConnections?: number }): Promise<EmbeddedDb> {
  const dir = path.resolve(options.dataDir);
  await mkdir(dir, { recursive: true });
  const unlock = await lockDataDir(path.join(dir, "pglite.lock"));
  try {
    const db = await PGlite.create(path.join(dir, "pglite"));
    const port = options.port ?? (await freePort());
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: options.maxConnections ?? 20 });
    await server.start();
    let stopped = false;
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop().catch(() => {});
        await db.close().catch(() => {});
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}
