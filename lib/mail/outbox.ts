import "server-only";
import { randomUUID } from "node:crypto";
import type { Scope } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/roles";
import { db, type Tx } from "@/lib/db";
import { insertJsonRows } from "@/lib/db/bulk";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailStatus } from "@/lib/generated/prisma/enums";
import { defaultLocale, type Locale } from "@/lib/i18n";
import { noticeSchema, type Notice } from "@/lib/notifications/schema";
import { publicUrl } from "./links";
import { renderEmail } from "./render";

/** Who an e-mail goes to, and the language it is written in (the user's stored preference). */
export type MailRecipient = { email: string; locale: Locale };

/** Addresses trimmed and lower-cased (users' addresses are stored so), blanks dropped, each once (its first language kept). */
function distinctRecipients(recipients: MailRecipient[]): MailRecipient[] {
  const seen = new Map<string, Locale>();
  for (const r of recipients) {
    const email = r.email.trim().toLowerCase();
    if (email && !seen.has(email)) seen.set(email, r.locale);
  }
  return [...seen].map(([email, locale]) => ({ email, locale }));
}

/** The columns an outbox row stores for a notice: its key, parameters and path, rendered when sent (lib/mail/send.ts). */
function stored(notice: Notice) {
  const { key, params, link } = noticeSchema.parse(notice);
  return { messageKey: key, params: params as Prisma.InputJsonObject, link: link ?? null };
}

/**
 * Queues one e-mail inside the caller's transaction: it exists exactly when the change that caused it
 * does, and is sent after commit by `deliverPending`. Returns the outbox row's id.
 */
export async function queueEmail(tx: Tx, email: { to: string; locale?: Locale; notice: Notice }): Promise<string> {
  const [to] = distinctRecipients([{ email: email.to, locale: email.locale ?? defaultLocale }]);
  if (!to) throw new Error("queueEmail: empty recipient");
  const row = await tx.emailOutbox.create({
    data: { to: to.email, locale: to.locale, ...stored(email.notice) },
    select: { id: true },
  });
  return row.id;
}

/** The same notice to several people, one outbox row each (a failed address does not hold back the others), each in their language. */
export async function queueEmails(tx: Tx, to: MailRecipient[], notice: Notice): Promise<number> {
  return queueEmailsEach(tx, [{ to, notice }]);
}

/** Several e-mails, each to its own people, one outbox row per address and e-mail, in one insert. */
export async function queueEmailsEach(tx: Tx, batches: { to: MailRecipient[]; notice: Notice }[]): Promise<number> {
  const data = batches.flatMap(({ to, notice }) => {
    const message = stored(notice);
    return distinctRecipients(to).map((r) => ({ to: r.email, locale: r.locale, ...message }));
  });
  // One statement from one JSON parameter (see notifyEach): a deadline sweep queues thousands at once.
  return insertJsonRows(
    tx,
    "email_outbox",
    ["id", "to", "locale", "messageKey", "params", "link"],
    data.map((row) => ({ id: randomUUID(), ...row })),
  );
}

export const outboxPageSize = 100;

/**
 * The outbox for the administrators' screen, newest first, each e-mail rendered as it is (or will be) sent:
 * in its recipient's language, links under APP_URL (shown as paths while no public address is set, when
 * nothing is sent). Others get an empty list: e-mails carry other people's addresses and messages.
 * `lastAttemptAt` is when sending was last tried (see lib/mail/send.ts).
 */
export async function listOutbox(scope: Scope, query: { status?: EmailStatus; take?: number } = {}) {
  if (!isAdmin(scope.actor)) return [];
  const rows = await db.emailOutbox.findMany({
    where: query.status ? { status: query.status } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(query.take ?? outboxPageSize, 1), 500),
  });
  const base = publicUrl() ?? "";
  return rows.map(({ sentAt, messageKey, params, subject, body, ...row }) => ({
    ...row,
    ...renderEmail({ locale: row.locale, link: row.link, messageKey, params, subject, body }, base),
    sentAt: row.status === "SENT" ? sentAt : null,
    lastAttemptAt: row.attempts > 0 ? sentAt : null,
  }));
}

export type OutboxEntry = Awaited<ReturnType<typeof listOutbox>>[number];
