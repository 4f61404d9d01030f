import { createTranslator as createIntlTranslator } from "next-intl";
import { logger } from "@/lib/logger";
import { timeZone, type Locale } from "./config";
import { en } from "./messages/en";
import { vi, type Messages } from "./messages/vi";
import { formatMessage } from "./format-message";
import { errorPolicy, wrapTranslator, type Params, type Translator } from "./translator";

export { interpolate } from "./translator";

export * from "./config";
export type { Messages, Params };

const catalogues: Record<Locale, Messages> = { vi, en };

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<Messages>;
type TitleOf<K> = K extends `${infer P}.title` ? P : never;
/** A key whose `.title` and `.body` both exist: what a notification or an e-mail stores (lib/notifications). */
export type NoticeKey = { [P in TitleOf<MessageKey>]: `${P}.body` extends MessageKey ? P : never }[TitleOf<MessageKey>];
export type Translate = (key: MessageKey, params?: Params) => string;

/** The whole catalogue of a language: for the server only (a client gets its namespaces, lib/i18n/client-messages). */
export const messagesFor = (locale: Locale): Messages => catalogues[locale];

/** The message at a dotted key, or undefined (an unknown key, or a group of messages). */
export function resolve(messages: Messages, key: string): string | undefined {
  const node = key
    .split(".")
    .reduce<unknown>(
      (n, part) => (n && typeof n === "object" ? (n as Record<string, unknown>)[part] : undefined),
      messages,
    );
  return typeof node === "string" ? node : undefined;
}

const reportToLog = (message: string, fields: Record<string, unknown>) => logger.error(message, fields);

const translators = new Map<Locale, Translator<MessageKey>>();

/**
 * The translator of a language, for code that knows its reader's language (e-mails, notifications, routes).
 * `t(key, params)` takes a typed key; `t.raw` a key built at run time or text that is already final.
 */
export function createTranslator(locale: Locale): Translator<MessageKey> {
  let t = translators.get(locale);
  if (!t) {
    const messages = catalogues[locale];
    const intl = createIntlTranslator({
      locale,
      messages: messages as Record<string, unknown>,
      timeZone,
      ...errorPolicy(messages, reportToLog),
    }) as unknown as (key: string, params?: Params) => string;
    t = wrapTranslator<MessageKey>((key: string, params?: Params) => {
      // A message with parameters is formatted by the browser's formatter (lib/i18n/format-message, held to
      // next-intl's output for every catalogue message by tests/unit/format-message.test.ts): next-intl takes about
      // 9 µs for one, this 1 µs, and a list page formats one or two per row. What it cannot format (a missing
      // parameter, an unknown key) goes to next-intl, which reports it as its error policy says.
      const message = params === undefined ? undefined : resolve(messages, key);
      if (message !== undefined) {
        try {
          return formatMessage(message, params, locale);
        } catch {
          // next-intl's own answer below
        }
      }
      return intl(key, params);
    });
    translators.set(locale, t);
  }
  return t;
}
