import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { env, type Env } from "@/lib/env";
import { publicUrl } from "./links";
import { renderEmail, type OutboxMessage } from "./render";

/** What delivery needs of a mail library: nodemailer's transporter fits, and so does a test double. */
export type MailTransport = {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
};
export type Mailer = { transport: MailTransport; from: string };
/** `skipped`: nothing was claimed, the rows wait: no SMTP server, or no public address to build links from. */
export type DeliveryResult = { sent: number; failed: number; skipped?: "no SMTP" | "no APP_URL" };

/** A row is given up after this many attempts; it stays FAILED in the outbox for the administrators. */
export const maxAttempts = 5;

/**
 * Shown while a row is being sent, and left in place if the process stops mid-send: the row is FAILED from
 * the moment it is claimed, so an interrupted attempt is retried like a failed one.
 */
export const interruptedMessage = "Lần gửi chưa kết thúc hoặc bị gián đoạn (sending or interrupted)";

export const smtpConfigured = (settings: Env = env()) => Boolean(settings.SMTP_HOST);

/** Nodemailer over SMTP from the environment; null when SMTP_HOST is not set. */
export function smtpMailer(settings: Env = env()): Mailer | null {
  if (!settings.SMTP_HOST) return null;
  const transport = nodemailer.createTransport({
    host: settings.SMTP_HOST,
    port: settings.SMTP_PORT,
    secure: settings.SMTP_SECURE ?? settings.SMTP_PORT === 465,
    auth: settings.SMTP_USER ? { user: settings.SMTP_USER, pass: settings.SMTP_PASSWORD } : undefined,
    // Short limits, so one attempt ends well within the first retry delay (2 minutes).
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return { transport, from: settings.SMTP_FROM };
}

/** One line of at most 300 characters: the error's code and message, never its stack. */
export function shortError(error: unknown): string {
  const e = (typeof error === "object" && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  const message =
    (typeof e.message === "string" ? e.message : String(error)).replace(/\s+/g, " ").trim() || "Lỗi không rõ";
  const code = typeof e.code === "string" && !message.includes(e.code) ? `${e.code}: ` : "";
  return `${code}${message}`.slice(0, 300);
}

type ClaimedRow = OutboxMessage & { id: string; to: string };

/**
 * Claims up to `limit` rows in one statement: PENDING ones, and FAILED ones with attempts left whose last
 * attempt is older than the retry delay (2 min, 10 min, 30 min, then 2 h). SKIP LOCKED and the status
 * change mean two instances never claim the same row. There is no "last attempt" column, so `sentAt`
 * holds the time of the last attempt until the row is SENT (listOutbox shows it as `lastAttemptAt`).
 */
function claim(limit: number, now: Date) {
  return db.$queryRaw<ClaimedRow[]>`
    UPDATE email_outbox AS o
    SET status = 'FAILED', attempts = o.attempts + 1, "lastError" = ${interruptedMessage}, "sentAt" = ${now}::timestamptz
    WHERE o.id IN (
      SELECT id FROM email_outbox
      WHERE status = 'PENDING'
         OR (status = 'FAILED' AND attempts < ${maxAttempts}::int
             AND "sentAt" <= ${now}::timestamptz - make_interval(mins => CASE attempts WHEN 1 THEN 2 WHEN 2 THEN 10 WHEN 3 THEN 30 ELSE 120 END))
      ORDER BY "createdAt", id
      LIMIT ${limit}::int
      FOR UPDATE SKIP LOCKED)
    RETURNING o.id, o."to", o.locale::text AS locale, o."messageKey", o.params, o.link, o.subject, o.body`;
}

/**
 * Sends what the outbox holds, one batch, each e-mail rendered now in its recipient's language with its link
 * under `baseUrl` (default: APP_URL, else NEXTAUTH_URL). Without a mailer (no SMTP settings) or without a
 * public address it does nothing: e-mails wait in the outbox, never sent with a link a mail client cannot
 * open. Delivery is at least once: a process stopped between the server's "250" and the SENT mark sends
 * that e-mail again later. The job queue runs it every minute (queue "outbox-deliver", lib/jobs/queues.ts).
 */
export async function deliverPending(
  options: { limit?: number; mailer?: Mailer | null; now?: () => Date; baseUrl?: string | null } = {},
): Promise<DeliveryResult> {
  const mailer = options.mailer === undefined ? smtpMailer() : options.mailer;
  if (!mailer) return { sent: 0, failed: 0, skipped: "no SMTP" };
  const baseUrl = options.baseUrl === undefined ? publicUrl() : options.baseUrl;
  if (!baseUrl) return { sent: 0, failed: 0, skipped: "no APP_URL" };
  const now = options.now ?? (() => new Date());
  const rows = await claim(options.limit ?? 20, now());
  const result = { sent: 0, failed: 0 };
  for (const row of rows) {
    try {
      const { subject, text } = renderEmail(row, baseUrl);
      await mailer.transport.sendMail({ from: mailer.from, to: row.to, subject, text });
      await db.emailOutbox.update({ where: { id: row.id }, data: { status: "SENT", sentAt: now(), lastError: null } });
      result.sent += 1;
    } catch (error) {
      await db.emailOutbox.update({ where: { id: row.id }, data: { lastError: shortError(error) } });
      result.failed += 1;
    }
  }
  return result;
}
