import { createTranslator, type Locale, type Params } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { messageParamsSchema } from "@/lib/notifications/schema";

/**
 * A notification or an e-mail as stored: a catalogue key with its parameters, or (rows written before keys
 * were stored, `messageKey` null) the Vietnamese text itself.
 */
export type StoredMessage = { messageKey: string | null; params: unknown; title?: string | null; body?: string | null };
export type RenderedMessage = { title: string; body: string };

/** Parameters in this language. Parameters that do not parse (a row edited by hand) are left out: their placeholders show. */
export function renderParams(params: unknown, locale: Locale): Params {
  const parsed = messageParamsSchema.safeParse(params ?? {});
  if (!parsed.success) return {};
  const t = createTranslator(locale);
  return Object.fromEntries(
    Object.entries(parsed.data).map(([name, value]) => {
      if (typeof value !== "object") return [name, value];
      if ("key" in value) return [name, t.raw(value.key)];
      if ("keys" in value) return [name, value.keys.map((key) => t.raw(key)).join("; ")];
      return [name, formatDateTime(value.at)];
    }),
  );
}

/** The title and body in the reader's language; a row from before keeps its own text whatever the language. */
export function renderMessage(message: StoredMessage, locale: Locale): RenderedMessage {
  if (!message.messageKey) return { title: message.title ?? "", body: message.body ?? "" };
  const t = createTranslator(locale);
  const params = renderParams(message.params, locale);
  // Trimmed: an empty optional parameter at the end (no comment) leaves a space behind.
  return {
    title: t.raw(`${message.messageKey}.title`, params).trim(),
    body: t.raw(`${message.messageKey}.body`, params).trim(),
  };
}
