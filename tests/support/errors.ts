import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** The AppError a use case rejects with (the test fails if it resolves or throws anything else). */
export async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
