/**
 * Next.js calls `register` once when a server instance starts. On the Node.js runtime it stamps every
 * request with its TCP peer address (lib/http/peer-stamp.ts: Next itself hands the app only a
 * client-controlled X-Forwarded-For). E-mails, reminders and digests are sent by the job queue, which
 * scripts/serve.ts starts beside the app (lib/jobs).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerStamp } = await import("@/lib/http/peer-stamp");
  installPeerStamp();
}
