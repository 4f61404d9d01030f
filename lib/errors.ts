/**
 * Expected failures: a closed set of codes the interface knows how to explain. Anything else is a bug,
 * logged with an id and shown as a generic message (never its own text).
 */
export const errorCodes = [
  "VALIDATION",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** A message-catalogue key, or a ready Vietnamese sentence. */
    readonly messageKey: string = `errors.${code}`,
    readonly fieldErrors?: Record<string, string[]>,
    /** Plain data the interface needs to resolve the failure (e.g. the value another user saved meanwhile). */
    readonly details?: Record<string, unknown>,
  ) {
    super(messageKey);
    this.name = "AppError";
  }
}

export const notFound = () => new AppError("NOT_FOUND");
export const forbidden = () => new AppError("FORBIDDEN");
export const conflict = (messageKey = "errors.CONFLICT") => new AppError("CONFLICT", messageKey);
