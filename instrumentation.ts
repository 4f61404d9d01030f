/**
 * Next.js calls `register` once when a server instance starts. On the Node.js runtime, with SMTP set, it
 * starts the e-mail outbox worker; without SMTP, e-mails wait in the outbox (see lib/mail/send.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { smtpConfigured, startOutboxWorker } = await import("@/lib/mail/send");
  if (smtpConfigured()) startOutboxWorker();
}
