import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { register } from "node:module";
import net from "node:net";
import path from "node:path";
import { EmbeddedDbError } from "@/lib/db/embedded";
import { MigrationError } from "@/lib/db/migrate";
import { EnvError, parseEnv } from "@/lib/env";
import { buildIsStale, recordBuild } from "./lib/build-fingerprint.mjs";
import { waitHealthy } from "./lib/net.mjs";
import { openDatabase, prepareDatabase, StartError } from "./lib/database";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", ".bin", "next");

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

/** NEXTAUTH_SECRET from the environment, else one made once and kept in the data folder. */
async function sessionSecret(dataDir: string, given?: string): Promise<string> {
  if (given) return given;
  const file = path.join(dataDir, "nextauth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(48).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * The job queue (lib/jobs: e-mail outbox, deadline reminders, digests) in this process, beside the app: on
 * the database just migrated, with the app's public address for links in e-mails.
 */
async function startQueue(databaseUrl: string, appUrl: string | null) {
  register("./lib/server-only-hook.mjs", import.meta.url);
  process.env.DATABASE_URL = databaseUrl;
  if (appUrl) process.env.APP_URL = appUrl;
  const { startJobs } = await import("@/lib/jobs");
  return startJobs({ connectionString: databaseUrl });
}

export async function main({ dev }: { dev: boolean }) {
  const startedAt = Date.now();
  let settings;
  try {
    settings = parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }
  const dataDir = path.resolve(root, settings.DATA_DIR);
  await mkdir(dataDir, { recursive: true });

  if (!(await portIsFree(settings.PORT)))
    fail(`Cổng ${settings.PORT} đang được dùng (port in use): đặt PORT khác, ví dụ PORT=3001 npm start`);

  let database;
  try {
    database = await openDatabase({ url: settings.DATABASE_URL, dataDir, log: (line) => console.log(`› ${line}`) });
  } catch (error) {
    if (error instanceof StartError || error instanceof EmbeddedDbError) fail(error.message);
    throw error;
  }
  let stopQueue = async () => {};
  const stopDatabase = async () => {
    await stopQueue().catch((error) => console.error(`✗ job queue: ${(error as Error).message}`));
    await database.stop();
  };
  const onFatal = async (message: string) => {
    await stopDatabase();
    fail(message);
  };

  let seeded;
  try {
    seeded = await prepareDatabase(database.url, { demo: settings.SEED_DEMO, log: (line) => console.log(`› ${line}`) });
  } catch (error) {
    await onFatal(
      error instanceof MigrationError
        ? error.message
        : `Không chuẩn bị được cơ sở dữ liệu: ${(error as Error).message}`,
    );
    return;
  }

  // Links in e-mails need the app's public address (lib/mail/links.ts). Given neither APP_URL nor NEXTAUTH_URL,
  // the address served here is the best known one: right on this machine, not for mail read elsewhere.
  const servedUrl = `http://localhost:${settings.PORT}`;
  const appUrl = (settings.APP_URL ?? settings.NEXTAUTH_URL) ? null : servedUrl;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...(appUrl ? { APP_URL: appUrl } : {}),
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: await sessionSecret(dataDir, settings.NEXTAUTH_SECRET),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    PORT: String(settings.PORT),
    NEXT_TELEMETRY_DISABLED: "1",
  };

  if (!dev && (await buildIsStale(root))) {
    console.log("› Biên dịch ứng dụng (next build)…");
    const build = spawnSync(nextBin, ["build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...childEnv, NODE_ENV: "production" },
    });
    if (build.status !== 0) await onFatal("next build failed (see above)");
    await recordBuild(root);
  }

  try {
    stopQueue = (await startQueue(database.url, appUrl)).stop;
  } catch (error) {
    await onFatal(`Không khởi động được hàng đợi công việc (job queue, pg-boss): ${(error as Error).message}`);
  }

  const child = spawn(nextBin, [dev ? "dev" : "start", "-p", String(settings.PORT)], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...childEnv, NODE_ENV: dev ? "development" : "production" },
  });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", async (code, signal) => {
    await stopDatabase();
    process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
  });

  if (await waitHealthy(`http://127.0.0.1:${settings.PORT}/api/health`, child, { intervalMs: 250 })) {
    console.log(`\n✓ Sẵn sàng sau ${((Date.now() - startedAt) / 1000).toFixed(1)} giây: ${servedUrl}`);
    console.log(
      `  Cơ sở dữ liệu: ${database.embedded ? `nhúng (PostgreSQL) trong ${path.relative(root, dataDir) || "."}/` : "DATABASE_URL"}`,
    );
    if (appUrl && settings.SMTP_HOST)
      console.log(
        `  ! Chưa đặt APP_URL: liên kết trong thư trỏ tới ${appUrl}, chỉ mở được trên máy này (set APP_URL to the public address)`,
      );
    if (seeded.demoAccounts.length) {
      console.log("  Tài khoản dùng thử (demo accounts):");
      for (const account of seeded.demoAccounts)
        console.log(`    ${account.role.padEnd(18)} ${account.email.padEnd(28)} ${account.password}`);
    }
  } else if (child.exitCode === null) {
    console.error("✗ The app did not become healthy within 2 minutes");
    stop("SIGTERM");
  }
}
