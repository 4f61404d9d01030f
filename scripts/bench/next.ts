// `next start` for the benchmarks that go through the built app (inspections, uploads).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { waitHealthy } from "../lib/net.mjs";

const root = process.cwd();

export const hasBuild = () => existsSync(path.join(root, ".next/BUILD_ID"));

/** Starts the built app on `port` against the database at `url`; resolves, once /api/health answers, with its stop. */
export async function startNext(url: string, port: number, env: Record<string, string> = {}) {
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      NODE_ENV: "production",
      NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-0",
      AUTH_TRUST_HOST: "true",
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  if (!(await waitHealthy(`http://127.0.0.1:${port}/api/health`, child)))
    throw new Error("next start exited before it was healthy");
  return async () => {
    child.kill("SIGTERM");
    await exited;
  };
}
