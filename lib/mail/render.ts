import { createTranslator, isLocale, defaultLocale } from "@/lib/i18n";
import { renderMessage, type StoredMessage } from "@/lib/notifications/rendering/message";
import { absoluteUrl } from "./links";

/** An outbox row as rendering needs it: a catalogue key and parameters, or the text of a row from before. */
export type OutboxMessage = Omit<StoredMessage, "title" | "body"> & {
  locale: string;
  link: string | null;
  subject: string | null;
  body: string | null;
};
export type RenderedEmail = { subject: string; text: string };

/** A subject is one header line: line breaks and runs of spaces become one space. */
export const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The e-mail in the recipient's language (`locale`, stored when it was queued): the notice's title as the
 * subject, its body, the link as an absolute URL under `baseUrl` (APP_URL), and a line saying where it
 * comes from. A row from before keeps its Vietnamese text; its link gets the same absolute URL.
 */
export function renderEmail(row: OutboxMessage, baseUrl: string): RenderedEmail {
  const locale = isLocale(row.locale) ? row.locale : defaultLocale;
  const t = createTranslator(locale);
  const { title, body } = renderMessage(
    { messageKey: row.messageKey, params: row.params, title: row.subject, body: row.body },
    locale,
  );
  const parts = [
    body,
    row.link ? t("mail.open", { url: absoluteUrl(baseUrl, row.link) }) : null,
    `-- \n${t("mail.footer")}`,
  ];
  return { subject: oneLine(title), text: parts.filter((p) => p).join("\n\n") };
}
