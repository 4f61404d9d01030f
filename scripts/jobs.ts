import { register } from "node:module";
import { EnvError, parseEnv } from "@/lib/env";

/**
 * `npm run jobs`: the job queue (lib/jobs: e-mail outbox, deadline reminders, digests) alone, without the app,
 * for deployments that run the app as bare `next start` instances (which run no queue). Needs DATABASE_URL
 * (the app's database, already migrated) and APP_URL (links in e-mails). Any number may run: pg-boss shares
 * the jobs and sends each scheduled job once. SIGTERM or SIGINT lets a running job finish (20 s at most).
 */
register("./lib/server-only-hook.mjs", import.meta.url);

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

async function main() {
  let settings;
  try {
    settings = parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }
  if (!settings.DATABASE_URL)
    fail("Hãy đặt DATABASE_URL (cơ sở dữ liệu của ứng dụng) để chạy hàng đợi công việc (job queue) riêng.");
  if (!settings.APP_URL && !settings.NEXTAUTH_URL)
    fail("Hãy đặt APP_URL (địa chỉ người dùng mở ứng dụng) để liên kết trong thư điện tử đúng.");
  const { startJobs, stopJobs } = await import("@/lib/jobs");
  await startJobs({ connectionString: settings.DATABASE_URL });
  console.log("✓ hàng đợi công việc đang chạy (job queue running); Ctrl+C để dừng");
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await stopJobs();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
