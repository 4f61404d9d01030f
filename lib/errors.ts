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

/**
 * What a failure says to the reader, translated at the boundary into the reader's language: a catalogue key,
 * or a key with the values its message names (a unit's name, a date), which a bare key cannot carry.
 */
export type ErrorMessage = string | { key: string; params: Record<string, string | number> };

/** The text of an ErrorMessage, through the translator of the reader's language. */
export const messageText = (
  translate: (key: string, params?: Record<string, string | number>) => string,
  message: ErrorMessage,
) => (typeof message === "string" ? translate(message) : translate(message.key, message.params));

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** A message-catalogue key, or a ready Vietnamese sentence. */
    readonly messageKey: string = `errors.${code}`,
    readonly fieldErrors?: Record<string, ErrorMessage[]>,
    /** Plain data the interface needs to resolve the failure (e.g. the value another user saved meanwhile). */
    readonly details?: Record<string, unknown>,
  ) {
    super(messageKey);
    this.name = "AppError";
  }
}

/** A schema's issues as field errors (message keys under each field's path; "_form" for the whole input). */
export function fieldErrorsOf(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) (fieldErrors[issue.path.map(String).join(".") || "_form"] ??= []).push(issue.message);
  return fieldErrors;
}

/** The VALIDATION error of input a schema refused, for use cases that parse it themselves (upload routes). */
export const validationError = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
  new AppError("VALIDATION", "errors.VALIDATION", fieldErrorsOf(issues));

export const notFound = () => new AppError("NOT_FOUND");
export const forbidden = () => new AppError("FORBIDDEN");
export const conflict = (messageKey = "errors.CONFLICT") => new AppError("CONFLICT", messageKey);
