/**
 * Next.js calls `register` once when a server instance starts. On the Node.js runtime it stamps every
 * request with its TCP peer address (lib/http/peer-stamp.ts: Next itself hands the app only a
 * client-controlled X-Forwarded-For), and, with SMTP set, starts the e-mail outbox worker; without SMTP,
 * e-mails wait in the outbox (see lib/mail/send.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerStamp } = await import("@/lib/http/peer-stamp");
  installPeerStamp();
  const { smtpConfigured, startOutboxWorker } = await import("@/lib/mail/send");
  if (smtpConfigured()) startOutboxWorker();
}
