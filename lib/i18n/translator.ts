import { IntlError, IntlErrorCode } from "next-intl";
import { keyShape } from "./format-message";

export { interpolate } from "./format-message";

/**
 * The project's translator on top of next-intl's, for the server (lib/i18n); the browser's
 * (lib/i18n/format-message, components/i18n-provider) has the same shape. No catalogue here: the caller brings
 * next-intl's translator.
 */
export type Params = Record<string, string | number>;
export type Translator<Key extends string = string> = ((key: Key, params?: Params) => string) & {
  /** A key built at run time (`audit.types.${type}`), or text that is already final (passed through as is). */
  raw: (keyOrText: string, params?: Params) => string;
};

type BaseTranslator = (key: string, values?: Params) => string;

export function wrapTranslator<Key extends string>(base: unknown): Translator<Key> {
  const t = base as BaseTranslator;
  const raw = (keyOrText: string, params?: Params) => (keyShape.test(keyOrText) ? t(keyOrText, params) : keyOrText);
  return Object.assign((key: Key, params?: Params) => t(key, params), { raw });
}

/** Mistakes of the code (an unknown key, a message that does not parse): loud outside production. */
const codeMistakes = new Set<string>([
  IntlErrorCode.MISSING_MESSAGE,
  IntlErrorCode.INSUFFICIENT_PATH,
  IntlErrorCode.INVALID_KEY,
  IntlErrorCode.INVALID_MESSAGE,
]);

/**
 * next-intl's `onError` and `getMessageFallback`. In development and tests a mistake of the code throws, so a
 * missing key fails the test or the page that shows it; in production it is reported and the key is shown.
 * A message whose parameters are missing (a stored notice edited by hand) shows its template, placeholders
 * and all, and is reported in every environment.
 */
export function errorPolicy(
  messages: unknown,
  report: (message: string, fields: Record<string, unknown>) => void,
  strict = process.env.NODE_ENV !== "production",
) {
  return {
    onError(error: IntlError) {
      if (strict && codeMistakes.has(error.code)) throw error;
      report("translation failed", { code: error.code, message: error.originalMessage ?? error.message });
    },
    getMessageFallback({ error, key, namespace }: { error: IntlError; key: string; namespace?: string }) {
      const path = namespace ? `${namespace}.${key}` : key;
      if (error.code !== IntlErrorCode.FORMATTING_ERROR) return path;
      const template = path
        .split(".")
        .reduce<unknown>(
          (node, part) => (node && typeof node === "object" ? (node as never)[part] : undefined),
          messages,
        );
      return typeof template === "string" ? template : path;
    },
  };
}
