// `next start` for the benchmarks that go through the built app (inspections, uploads).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";

const root = process.cwd();

export const hasBuild = () => existsSync(path.join(root, ".next/BUILD_ID"));

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts the built app on `port` against the database at `url`; resolves, once /api/health answers, with its stop. */
export async function startNext(url: string, port: number, env: Record<string, string> = {}) {
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production", NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-0", AUTH_TRUST_HOST: "true", LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  for (;;) {
    if (child.exitCode !== null) throw new Error("next start exited");
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return async () => {
    child.kill("SIGTERM");
    await exited;
  };
}
