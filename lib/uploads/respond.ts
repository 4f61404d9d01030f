import { randomUUID } from "node:crypto";
import { AppError, messageText, type ErrorCode, type ErrorMessage } from "@/lib/errors";
import { createTranslator, defaultLocale, isLocale, localeCookie, type Locale } from "@/lib/i18n";
import { logger } from "@/lib/logger";
import { UploadError, type UploadProblem } from "./errors";

const statusOf: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};
const uploadStatus: Partial<Record<UploadProblem, number>> = { too_large: 413, type: 415, not_multipart: 415 };

export type ErrorBody = { code: ErrorCode | "UNEXPECTED"; message: string; fieldErrors?: Record<string, string[]> };

/** The locale a route handler answers in: the same cookie the pages read (lib/i18n/server.ts). */
export function requestLocale(request?: Request): Locale {
  const cookie = request?.headers.get("cookie") ?? "";
  const value = cookie
    .split(";")
    .map((c) => c.trim().split("="))
    .find(([name]) => name === localeCookie)?.[1];
  return isLocale(value) ? value : defaultLocale;
}

const translated = (errors: Record<string, ErrorMessage[]> | undefined, t: ReturnType<typeof createTranslator>) =>
  errors
    ? Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.map((m) => messageText(t.raw, m))]))
    : undefined;

/**
 * The JSON answer of a route handler that failed: `{ code, message, fieldErrors }` with the status of the
 * code (an upload too large is 413, of a refused type 415). An error that is not an AppError is a bug: it
 * is logged with an id and the browser sees only a generic Vietnamese (or English) message with that id.
 *
 * Route handlers (which createAction does not cover, because uploads stream the request body) look like:
 *   try {
 *     const actor = await getCurrentActor();            // lib/auth/session: the actor loaded from the database
 *     if (!actor) throw new AppError("UNAUTHENTICATED");
 *     if (actor.mustChangePassword) throw new AppError("FORBIDDEN");
 *     … load in scopeFor(actor) (NOT_FOUND when out of scope) → policy → withUpload(request, …, one transaction) —
 *       which removes the stored files if it throws
 *   } catch (error) { return errorResponse(error, request); }
 */
export function errorResponse(error: unknown, request?: Request): Response {
  const locale = requestLocale(request);
  const t = createTranslator(locale);
  const headers = { "cache-control": "no-store" };
  if (error instanceof UploadError) {
    const message = error.messageIn(locale);
    const fieldErrors = {
      ...translated(error.otherFieldErrors, t),
      ...(error.field ? { [error.field]: [message] } : {}),
    };
    const body: ErrorBody = {
      code: error.code,
      message,
      fieldErrors: Object.keys(fieldErrors).length ? fieldErrors : undefined,
    };
    return Response.json(body, { status: uploadStatus[error.problem] ?? 400, headers });
  }
  if (error instanceof AppError) {
    const body: ErrorBody = {
      code: error.code,
      message: t.raw(error.messageKey),
      fieldErrors: translated(error.fieldErrors, t),
    };
    return Response.json(body, { status: statusOf[error.code], headers });
  }
  const id = randomUUID().slice(0, 8);
  logger.error("route failed", { id, url: request?.url, error });
  const body: ErrorBody = { code: "UNEXPECTED", message: t("errors.UNEXPECTED", { id }) };
  return Response.json(body, { status: 500, headers });
}
