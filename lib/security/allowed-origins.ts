/**
 * Hosts besides the app's own from which browsers may send state-changing requests: the
 * `ALLOWED_ORIGINS` variable, comma-separated, in Next.js's `serverActions.allowedOrigins` syntax
 * (`kiemtra.angiang.gov.vn`, `*.angiang.gov.vn`, with a port when it is not the default). next.config.ts
 * gives the same list to Next.js for server actions, so actions and route handlers accept the same origins.
 * Empty (the default): only the app's own host. Pure and dependency-free: next.config.ts imports it.
 */
export function allowedOrigins(source: Record<string, string | undefined> = process.env): string[] {
  return (source.ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((host) => host.trim())
    .filter(Boolean);
}
