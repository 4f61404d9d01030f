import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { type Actor, type Scope } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { getCurrentActor, requestIp } from "@/lib/auth/session";
import { AppError, fieldErrorsOf, messageText, type ErrorCode } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { logger } from "@/lib/logger";

export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "success"; data: T; message?: string }
  | {
      status: "error";
      code: ErrorCode | "UNEXPECTED";
      message: string;
      fieldErrors?: Record<string, string[]>;
      /** What the user typed (never passwords), so the form can show it again; a list for multi-valued fields. */
      values?: Record<string, string | string[]>;
      /** What an AppError carried for the interface (e.g. a CONFLICT's current value). */
      details?: Record<string, unknown>;
    };

export const idle: ActionState<never> = { status: "idle" };

export type ActionContext = { actor: Actor; scope: Scope; ip: string | null };

type Options<S extends z.ZodType, R> = {
  schema: S;
  /** Allowed while the user still has to change an administrator-set password. */
  allowPendingPasswordChange?: boolean;
  run: (input: z.output<S>, ctx: ActionContext) => Promise<R>;
  /** Catalogue key (or function) for the success message. */
  success?: string | ((result: R) => { key: string; params?: Record<string, string | number> });
};

/**
 * The one way to write a server action: parse the input with zod, load the actor from the database, run
 * one use case, and turn failures into a closed set of codes with Vietnamese (or English) messages.
 * An unexpected error is logged with an id; the browser sees only the id.
 */
export function createAction<S extends z.ZodType, R>(options: Options<S, R>) {
  return async function action(_previous: ActionState<R>, input: FormData | z.input<S>): Promise<ActionState<R>> {
    const t = await getTranslator();
    const raw = input instanceof FormData ? formDataToObject(input) : (input as Record<string, unknown>);
    const values = echoValues(raw);
    try {
      const actor = await getCurrentActor();
      if (!actor) throw new AppError("UNAUTHENTICATED");
      if (actor.mustChangePassword && !options.allowPendingPasswordChange) throw new AppError("FORBIDDEN");
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success) {
        const fieldErrors = Object.fromEntries(
          Object.entries(fieldErrorsOf(parsed.error.issues)).map(([field, keys]) => [
            field,
            keys.map((key) => t.raw(key)),
          ]),
        );
        return { status: "error", code: "VALIDATION", message: t("errors.VALIDATION"), fieldErrors, values };
      }
      const data = await options.run(parsed.data, { actor, scope: scopeFor(actor), ip: await requestIp() });
      const success =
        typeof options.success === "function"
          ? options.success(data)
          : options.success
            ? { key: options.success }
            : null;
      return { status: "success", data, message: success ? t.raw(success.key, success.params) : undefined };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) {
        const fieldErrors = error.fieldErrors
          ? Object.fromEntries(
              Object.entries(error.fieldErrors).map(([k, v]) => [k, v.map((m) => messageText(t.raw, m))]),
            )
          : undefined;
        return {
          status: "error",
          code: error.code,
          message: t.raw(error.messageKey),
          fieldErrors,
          values,
          ...(error.details ? { details: error.details } : {}),
        };
      }
      const id = randomUUID().slice(0, 8);
      logger.error("action failed", { id, error });
      return { status: "error", code: "UNEXPECTED", message: t("errors.UNEXPECTED", { id }), values };
    }
  };
}

function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (key in out) out[key] = ([] as unknown[]).concat(out[key], value);
    else out[key] = value;
  }
  return out;
}

function echoValues(raw: Record<string, unknown>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (/password/i.test(key)) continue;
    if (typeof value === "string") out[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) out[key] = value as string[];
  }
  return out;
}
