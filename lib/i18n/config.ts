/**
 * What both the server and the browser may know about languages. No catalogue here: a client module imports
 * this file (or only types from `@/lib/i18n`), never a catalogue.
 */
export const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "vi";
export const localeCookie = "locale";
/** Dates in messages are read in Vietnam's time whatever the server's or the browser's zone. */
export const timeZone = "Asia/Ho_Chi_Minh";

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);
