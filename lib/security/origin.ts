import { isCsrfOriginAllowed } from "next/dist/server/app-render/csrf-protection";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/uploads/respond";
import { allowedOrigins } from "./allowed-origins";

/** Why a request was refused as coming from another site (for tests and logs); null: it may go on. */
export type ForeignOrigin = "origin_mismatch" | "origin_malformed" | "no_host" | "cross_site_without_origin";

/**
 * The check Next.js makes before running a server action (next/dist/server/app-render/action-handler.js),
 * for route handlers: the host of `Origin` must equal the request's host — `x-forwarded-host` (its first
 * value) when a proxy set it, else `host` — or match `allowed` (the same list and wildcard rules as
 * `experimental.serverActions.allowedOrigins`, through Next.js's own matcher). `Origin: null` (a sandboxed
 * frame, a redirect across sites) is foreign, as for Next.js.
 *
 * No `Origin` at all: every current browser sends one on a POST, cross-site or not, so a request without
 * it comes from a script or a tool, which holds no victim's cookies — allowed, as Next.js allows it for
 * actions. One exception: `Sec-Fetch-Site` (which only browsers send, and no page can set) saying
 * `cross-site` or `same-site` means a browser sent it from elsewhere while hiding the origin: refused.
 */
export function foreignOrigin(headers: Headers, allowed: readonly string[] = allowedOrigins()): ForeignOrigin | null {
  const origin = headers.get("origin");
  if (origin === null) {
    const site = headers.get("sec-fetch-site");
    return site === "cross-site" || site === "same-site" ? "cross_site_without_origin" : null;
  }
  let originHost: string;
  if (origin === "null") originHost = "null";
  else {
    try {
      originHost = new URL(origin).host;
    } catch {
      return "origin_malformed";
    }
  }
  const host = (headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host"))?.toLowerCase();
  if (host && originHost === host) return null;
  if (isCsrfOriginAllowed(originHost, [...allowed])) return null;
  return host ? "origin_mismatch" : "no_host";
}

/**
 * The answer to a state-changing request from another site — 403 with the app's JSON error body
 * (lib/uploads/respond.ts) — or null when it may go on. Reads headers only: nothing of the body, no database.
 */
export function refuseForeignOrigin(request: Request): Response | null {
  return foreignOrigin(request.headers)
    ? errorResponse(new AppError("FORBIDDEN", "errors.foreignOrigin"), request)
    : null;
}

/**
 * Every route handler that changes state is wrapped in this: a request from another site is answered 403
 * before the handler runs (so before the body is read or the database is touched).
 */
export function sameOriginOnly<Context = unknown>(handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> =>
    refuseForeignOrigin(request) ?? handler(request, context);
}
