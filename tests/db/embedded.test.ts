import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { EmbeddedDbError, startEmbeddedDb, type EmbeddedDb } from "@/lib/db/embedded";

/**
 * The zero-configuration database is a real PostgreSQL server. Its predecessor (PGlite behind a socket
 * server) put every connection on one session and kept them apart only inside transactions, so under
 * concurrent load plain reads came back to the wrong caller and pages rendered as another user.
 */

const root = path.resolve(import.meta.dirname, "..", "..");

async function tempDir(prefix: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await chmod(dir, 0o755); // as root the server runs as `postgres`, which must reach the folder
  return dir;
}

describe("embedded PostgreSQL under concurrent connections", () => {
  let dir: string;
  let db: EmbeddedDb;
  beforeAll(async () => {
    dir = await tempDir("qms-embedded-");
    db = await startEmbeddedDb({ dataDir: dir });
  });
  afterAll(async () => {
    await db?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("gives every connection its own session: plain reads interleaved with transactions see only their own rows", async () => {
    const workers = 8;
    const rounds = 40;
    const pool = new pg.Pool({ connectionString: db.url, max: workers });
    const wrong: string[] = [];
    try {
      await Promise.all(
        Array.from({ length: workers }, async (_, worker) => {
          const client = await pool.connect();
          try {
            // A temporary table belongs to its session: another connection's rows can only show up here if
            // sessions are shared.
            await client.query("CREATE TEMP TABLE mine (owner int NOT NULL)");
            await client.query("INSERT INTO mine VALUES ($1)", [worker]);
            const { rows: backend } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
            for (let round = 0; round < rounds; round++) {
              const { rows } = await client.query<{ owner: number; asked: number; pid: number }>(
                "SELECT owner, $1::int AS asked, pg_backend_pid() AS pid FROM mine, pg_sleep(random() * 0.002)",
                [worker],
              );
              for (const row of rows) {
                if (row.owner !== worker || row.asked !== worker || row.pid !== backend[0]!.pid)
                  wrong.push(`read ${worker}/${round}: ${JSON.stringify(row)}`);
              }
              if (round % 3 === 0) {
                await client.query("BEGIN");
                await client.query("INSERT INTO mine VALUES ($1)", [worker]);
                const { rows: others } = await client.query<{ n: string }>(
                  "SELECT count(*) AS n FROM mine WHERE owner <> $1",
                  [worker],
                );
                if (others[0]!.n !== "0") wrong.push(`transaction ${worker}/${round}: ${others[0]!.n} rows of others`);
                await client.query(round % 2 ? "ROLLBACK" : "COMMIT");
              }
            }
          } finally {
            client.release();
          }
        }),
      );
    } finally {
      await pool.end();
    }
    expect(wrong).toEqual([]);
  });

  it("answers every query of the app's own client to the caller that asked, with transactions running beside", async () => {
    const client = createDb(db.url, 5);
    try {
      const answers = await Promise.all(
        Array.from({ length: 240 }, async (_, i) => {
          if (i % 4 === 0) {
            return client.$transaction(async (tx) => {
              const rows = await tx.$queryRaw<{ asked: number }[]>`SELECT ${i}::int AS asked FROM pg_sleep(0.002)`;
              return rows[0]!.asked === i;
            });
          }
          const rows = await client.$queryRaw<
            { asked: number; user: string }[]
          >`SELECT ${i}::int AS asked, current_user AS user`;
          return rows[0]!.asked === i && rows[0]!.user === "postgres";
        }),
      );
      expect(answers.filter((ok) => !ok)).toHaveLength(0);
    } finally {
      await client.$disconnect();
    }
  });

  it("listens on 127.0.0.1 only and refuses a connection without the cluster's password", async () => {
    const url = new URL(db.url);
    url.password = "wrong";
    const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 3000 });
    await expect(client.connect()).rejects.toThrow(/password authentication failed/);
    await client.end().catch(() => {});
    expect(url.hostname).toBe("127.0.0.1");
  });
});

describe("embedded PostgreSQL lifecycle", () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill("SIGKILL");
  });

  /** Starts the server on `dir` in a child process, the way `npm start` holds it; resolves with its URL. */
  function holdInChild(dir: string): Promise<{ child: ChildProcess; url: string }> {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/hold-embedded.ts", dir], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    return new Promise((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = /ready (\S+)/.exec(out);
        if (match) resolve({ child, url: match[1]! });
      });
      child.on("exit", (code) => reject(new Error(`holder exited with ${code}: ${out}`)));
    });
  }

  it("keeps data across restarts, refuses a second user of the folder, and takes over a server left by a killed run", async () => {
    const dir = await tempDir("qms-embedded-life-");
    try {
      const held = await holdInChild(dir);
      const first = new pg.Client({ connectionString: held.url });
      await first.connect();
      await first.query("CREATE TABLE kept (value text)");
      await first.query("INSERT INTO kept VALUES ('Sở Khoa học và Công nghệ')");
      await first.end();

      const refused = await startEmbeddedDb({ dataDir: dir }).then(
        async (db) => {
          await db.stop();
          return null;
        },
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(EmbeddedDbError);
      expect((refused as Error).message).toContain(`tiến trình ${held.child.pid}`);

      // kill -9 of the app: its PostgreSQL goes on running, holding the cluster.
      held.child.kill("SIGKILL");
      await new Promise((resolve) => held.child.once("exit", resolve));
      const again = await startEmbeddedDb({ dataDir: dir });
      try {
        const client = new pg.Client({ connectionString: again.url });
        await client.connect();
        const { rows } = await client.query<{ value: string }>("SELECT value FROM kept");
        await client.end();
        expect(rows).toEqual([{ value: "Sở Khoa học và Công nghệ" }]);
      } finally {
        await again.stop();
      }
      // Stopped cleanly: the lock is released and no postmaster.pid is left.
      expect(await readdir(dir)).not.toContain("qms.lock");
      expect(await readdir(path.join(dir, "postgres"))).not.toContain("postmaster.pid");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("stops at a data folder of the former embedded database (PGlite) and deletes nothing", async () => {
    const dir = await tempDir("qms-embedded-pglite-");
    try {
      await mkdir(path.join(dir, "pglite", "base"), { recursive: true });
      await expect(startEmbeddedDb({ dataDir: dir })).rejects.toThrow(/PGlite.*mv .*pglite .*pglite\.old/);
      expect(await readdir(dir)).toEqual(["pglite"]);
      expect(await readdir(path.join(dir, "pglite"))).toEqual(["base"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
