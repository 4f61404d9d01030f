import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { startEmbeddedDb, stopChild, type EmbeddedDb } from "@/lib/db/embedded";
import { prepareDatabase } from "@/scripts/lib/database";
import { freePort } from "@/scripts/lib/net.mjs";
import { withClient } from "@/tests/support/pg";
import { demoPassword, signIn } from "./auth";
import { useDatabase } from "./db";

/**
 * An app of its own for a test that must not disturb the shared e2e server: an embedded PostgreSQL in a
 * temporary folder (migrated, seeded with the demo accounts and the 2021 plan) and `next start` of the
 * existing build on a free port, with its own DATA_DIR. The database can be stopped and started again under
 * the app, on the same folder and port; the app keeps running.
 */
export type OwnApp = {
  base: string;
  /** The `next start` process. */
  pid: number;
  /** The app's DATA_DIR (stored files under `files/`). */
  dataDir: string;
  databaseUrl: string;
  running: () => boolean;
  /** What the app wrote on stdout and stderr so far. */
  output: () => string;
  /** Stops PostgreSQL (a fast shutdown: open transactions roll back, connections are closed). */
  stopDatabase: () => Promise<void>;
  /** Starts it again on the same folder and port. */
  startDatabase: () => Promise<void>;
  withClient: <T>(run: (client: pg.Client) => Promise<T>) => Promise<T>;
  stop: () => Promise<void>;
};

export async function startOwnApp(): Promise<OwnApp> {
  const root = mkdtempSync(path.join(os.tmpdir(), "qms-e2e-own-"));
  chmodSync(root, 0o755); // as root, the embedded server runs as `postgres`, which must reach its folder
  const databaseDir = path.join(root, "db");
  const dataDir = path.join(root, "app");
  mkdirSync(dataDir);
  let database: EmbeddedDb = await startEmbeddedDb({ dataDir: databaseDir });
  let app: ChildProcess | undefined;
  try {
    await prepareDatabase(database.url, { demo: true, log: () => {} });
    const port = await freePort();
    app = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        DATA_DIR: dataDir,
        NEXTAUTH_SECRET: "own-app-secret-own-app-secret-own-app-0",
        AUTH_TRUST_HOST: "true",
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const child = app;
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const running = () => child.exitCode === null && child.signalCode === null;
    const base = `http://127.0.0.1:${port}`;
    await waitHealthy(base, running, 60_000);
    const { port: databasePort } = database;
    return {
      base,
      pid: child.pid!,
      dataDir,
      databaseUrl: database.url,
      running,
      output: () => output,
      stopDatabase: () => database.stop(),
      startDatabase: async () => {
        database = await startEmbeddedDb({ dataDir: databaseDir, port: databasePort });
      },
      withClient: (run) => withClient(database.url, run),
      stop: async () => {
        await stopApp(child);
        await database.stop();
        rmSync(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (app) await stopApp(app);
    await database.stop();
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

/** Polls /api/health until it answers 200; false when `timeoutMs` passes or the app is gone. */
export async function waitHealthy(base: string, running: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && running()) {
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return true;
    await sleep(100);
  }
  return false;
}

/** `next start` stops on SIGTERM; SIGKILL after 10 s. */
const stopApp = (child: ChildProcess) => stopChild(child, "SIGTERM", "SIGKILL", 10_000);

/** The id under which `next build` registered a server action (its manifest maps ids to file and export). */
export function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!found) throw new Error(`no server action ${name} in ${file}: build first`);
  return found[0];
}

/**
 * The spec file runs on an app of its own (its tests in order): started before them, stopped after, with the
 * e2e database helpers (support/db.ts) pointed at its database meanwhile. `app` is the running app;
 * `signedIn` opens a new browser context on it (Vietnamese, Vietnam's time zone; a touch tablet when asked)
 * signed in as `account`.
 */
export function ownAppPerFile() {
  let app: OwnApp | undefined;
  test.describe.configure({ mode: "serial" });
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    app = await startOwnApp();
    useDatabase(app.databaseUrl);
  });
  test.afterAll(async () => {
    useDatabase(null);
    await app?.stop();
  });
  const running = () => {
    if (!app) throw new Error("the spec file's own app is not started (ownAppPerFile's beforeAll did not run)");
    return app;
  };
  return {
    get app() {
      return running();
    },
    async signedIn(
      browser: Browser,
      account: { email: string; name: string },
      { tablet = false, password = demoPassword }: { tablet?: boolean; password?: string } = {},
    ): Promise<Page> {
      const context = await browser.newContext({
        baseURL: running().base,
        locale: "vi-VN",
        timezoneId: "Asia/Ho_Chi_Minh",
        ...(tablet ? { viewport: { width: 768, height: 1024 }, hasTouch: true } : {}),
      });
      const page = await context.newPage();
      await signIn(page, account, password);
      return page;
    },
  };
}
