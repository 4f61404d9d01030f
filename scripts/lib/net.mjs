// Small network helpers shared by the start, test and benchmark scripts.
import net from "node:net";

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Polls `url` until it answers 2xx (true), or until `child` exits or `timeoutMs` passes (false).
 * @param {string} url
 * @param {{ exitCode: number | null }} child
 * @param {{ intervalMs?: number, timeoutMs?: number }} [options]
 */
export async function waitHealthy(url, child, { intervalMs = 100, timeoutMs = 120_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return false;
}
