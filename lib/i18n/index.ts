import { en } from "./messages/en";
import { vi, type Messages } from "./messages/vi";

export const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "vi";
export const localeCookie = "locale";
export type { Messages };

const catalogues: Record<Locale, Messages> = { vi, en };

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<Messages>;
type TitleOf<K> = K extends `${infer P}.title` ? P : never;
/** A key whose `.title` and `.body` both exist: what a notification or an e-mail stores (lib/notifications). */
export type NoticeKey = { [P in TitleOf<MessageKey>]: `${P}.body` extends MessageKey ? P : never }[TitleOf<MessageKey>];
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);
export const messagesFor = (locale: Locale): Messages => catalogues[locale];

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    // Keys such as "auth.sign_in.failed" under audit.types contain dots themselves.
    const record = node as Record<string, unknown>;
    if (part in record) node = record[part];
    else return undefined;
  }
  return typeof node === "string" ? node : undefined;
}

/** Resolves a key, trying audit-type style keys that contain dots; unknown keys come back as written. */
export function resolve(messages: Messages, key: string): string | undefined {
  const direct = lookup(messages, key);
  if (direct !== undefined) return direct;
  const [head, sub, ...rest] = key.split(".");
  if (head && sub && rest.length) {
    const group = (messages as unknown as Record<string, Record<string, unknown>>)[head]?.[sub];
    const value = group && typeof group === "object" ? (group as Record<string, unknown>)[rest.join(".")] : undefined;
    if (typeof value === "string") return value;
  }
  return undefined;
}

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function createTranslator(locale: Locale): Translate & { raw: (key: string, params?: Params) => string } {
  const messages = catalogues[locale];
  const raw = (key: string, params?: Params) => interpolate(resolve(messages, key) ?? key, params);
  return Object.assign((key: MessageKey, params?: Params) => raw(key, params), { raw });
}
