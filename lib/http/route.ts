import "server-only";
import type { z } from "zod";
import type { Scope } from "@/lib/auth/actor";
import { getCurrentActor, requestIp } from "@/lib/auth/session";
import { scopeFor } from "@/lib/auth/scope";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { refuseForeignOrigin } from "@/lib/security/origin";
import { errorResponse } from "@/lib/uploads/respond";

export type RouteContext<P> = {
  request: Request;
  /** The dynamic segments, parsed by the route's `params` schema. */
  params: P;
  scope: Scope;
  /** The client's address for the audit log (lib/http/client-address.ts); null when unknown. */
  ip: string | null;
};

type Options<S extends z.ZodType> = {
  /** A short name for the log ("record-file", "agencies-import"). */
  name: string;
  /** Parses the dynamic segments; segments that do not parse answer 404 (ids do not leak). */
  params?: S;
  /**
   * The route's work, in the actor's scope. `null` answers 404: not there, or not visible to this actor —
   * the two are never told apart. An AppError answers its code's status with the JSON error body.
   */
  handle: (context: RouteContext<z.output<S>>) => Promise<Response | null>;
};

type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;

/**
 * The one way to write a route handler, as createAction (lib/action.ts) is for server actions. In order:
 * a request that changes state (anything but GET and HEAD) from another site is refused with 403 before
 * anything else is read; the actor is loaded from the database (401 when not signed in or the session
 * ended; 403 while an administrator-set password is pending, as pages send that user to /doi-mat-khau);
 * the segments are parsed; the handler runs in the actor's Scope; every failure is the app's JSON error
 * `{ code, message, fieldErrors }` in the reader's language with no-store (lib/uploads/respond.ts), an
 * unexpected one logged with an id. Each answer is logged with its status and duration.
 */
export function createRoute<S extends z.ZodType = z.ZodType<Record<string, never>>>(options: Options<S>): Handler {
  return logged(options.name, (request, context) => answer(options, request, context));
}

/**
 * A route anyone may call, signed in or not (the health check): no actor, no scope, reads only (GET). Its
 * failures are the same JSON errors, and its answers are logged like every other route's.
 */
export function createPublicRoute(options: { name: string; handle: (request: Request) => Promise<Response> }): Handler {
  return logged(options.name, async (request) => {
    try {
      return await options.handle(request);
    } catch (error) {
      return errorResponse(error, request);
    }
  });
}

function logged(name: string, run: Handler): Handler {
  return async (request, context) => {
    const started = performance.now();
    const response = await run(request, context);
    logger.info("route", {
      route: name,
      method: request.method,
      status: response.status,
      ms: Math.round(performance.now() - started),
    });
    return response;
  };
}

async function answer<S extends z.ZodType>(
  options: Options<S>,
  request: Request,
  context: { params: Promise<unknown> } | undefined,
): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    const refused = refuseForeignOrigin(request);
    if (refused) return refused;
  }
  try {
    const actor = await getCurrentActor();
    if (!actor) throw new AppError("UNAUTHENTICATED");
    if (actor.mustChangePassword) throw new AppError("FORBIDDEN", "auth.mustChangePassword");
    // A route without dynamic segments is called with no params.
    const raw = (await context?.params) ?? {};
    const params = options.params ? options.params.safeParse(raw) : { success: true as const, data: raw };
    if (!params.success) throw new AppError("NOT_FOUND");
    const response = await options.handle({
      request,
      params: params.data as z.output<S>,
      scope: scopeFor(actor),
      ip: await requestIp(),
    });
    if (!response) throw new AppError("NOT_FOUND");
    return response;
  } catch (error) {
    return errorResponse(error, request);
  }
}
