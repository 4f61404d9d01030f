import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import type { EmailStatus } from "@/lib/generated/prisma/enums";

export type NewEmail = { subject: string; body: string };

/** A subject is one header line: line breaks and runs of spaces become one space. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** Addresses trimmed and lower-cased (users' addresses are stored so), blanks dropped, each once. */
function distinctAddresses(addresses: string[]): string[] {
  return [...new Set(addresses.map((a) => a.trim().toLowerCase()).filter((a) => a.length > 0))];
}

/**
 * Queues one e-mail inside the caller's transaction: it exists exactly when the change that caused it
 * does, and is sent after commit by `deliverPending`. Returns the outbox row's id.
 */
export async function queueEmail(tx: Tx, email: NewEmail & { to: string }): Promise<string> {
  const [to] = distinctAddresses([email.to]);
  if (!to) throw new Error("queueEmail: empty recipient");
  const row = await tx.emailOutbox.create({ data: { to, subject: oneLine(email.subject), body: email.body }, select: { id: true } });
  return row.id;
}

/** The same e-mail to several people, one outbox row each (a failed address does not hold back the others). */
export async function queueEmails(tx: Tx, to: string[], email: NewEmail): Promise<number> {
  return queueEmailsEach(tx, [{ to, email }]);
}

/** Several e-mails, each to its own people, one outbox row per address and e-mail, in one insert. */
export async function queueEmailsEach(tx: Tx, batches: { to: string[]; email: NewEmail }[]): Promise<number> {
  const data = batches.flatMap(({ to, email }) => distinctAddresses(to).map((address) => ({ to: address, subject: oneLine(email.subject), body: email.body })));
  if (!data.length) return 0;
  const { count } = await tx.emailOutbox.createMany({ data });
  return count;
}

export const outboxPageSize = 100;

/**
 * The outbox for the administrators' screen, newest first. Others get an empty list: e-mails carry other
 * people's addresses and messages. `lastAttemptAt` is when sending was last tried (see lib/mail/send.ts).
 */
export async function listOutbox(scope: Scope, query: { status?: EmailStatus; take?: number } = {}) {
  if (scope.actor.role !== "DOST_ADMIN") return [];
  const rows = await db.emailOutbox.findMany({
    where: query.status ? { status: query.status } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(query.take ?? outboxPageSize, 1), 500),
  });
  return rows.map(({ sentAt, ...row }) => ({
    ...row,
    sentAt: row.status === "SENT" ? sentAt : null,
    lastAttemptAt: row.attempts > 0 ? sentAt : null,
  }));
}

export type OutboxEntry = Awaited<ReturnType<typeof listOutbox>>[number];
