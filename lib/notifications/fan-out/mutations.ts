import "server-only";
import type { Tx } from "@/lib/db";
import type { Locale, Role } from "@/lib/generated/prisma/enums";
import { queueEmailsEach } from "@/lib/mail/outbox";
import { notifyEach } from "../mutations";
import type { Notice } from "../schema";

/*
 * The fan-out of a domain's event: who hears of it, in the app and by e-mail. These run inside the
 * transaction of the change that caused them (already authorised by its own scope), so what is told exists
 * exactly when the change does; they take the caller's `tx`, not a Scope.
 */

/** Someone to tell: in the app by id, by e-mail at their address, in the language they chose. */
export type Recipient = { id: string; email: string; locale: Locale };

/** Active users with these roles (and, for officers, of these units). */
export async function recipients(
  tx: Tx,
  who: { roles?: Role[]; agencyIds?: string[]; userIds?: string[] },
): Promise<Recipient[]> {
  const or = [
    ...(who.roles?.length ? [{ role: { in: who.roles } }] : []),
    ...(who.agencyIds?.length ? [{ role: "AGENCY_OFFICER" as const, agencyId: { in: who.agencyIds } }] : []),
    ...(who.userIds?.length ? [{ id: { in: who.userIds } }] : []),
  ];
  if (!or.length) return [];
  return tx.user.findMany({ where: { status: "ACTIVE", OR: or }, select: { id: true, email: true, locale: true } });
}

/**
 * In-app notifications and e-mails (through the outbox), in the caller's transaction. The notice is stored as
 * its key and parameters: the list shows it in the reader's language, the e-mail is written in the
 * recipient's (their stored `locale`), with its link under APP_URL.
 */
export async function tellUsers(tx: Tx, users: Recipient[], notice: Notice, exceptUserId?: string) {
  await tellUsersEach(tx, [{ users, notice }], exceptUserId);
}

/** Several notices, each to its own users, in two inserts whatever their number (e.g. one per unit of a plan). */
export async function tellUsersEach(tx: Tx, batches: { users: Recipient[]; notice: Notice }[], exceptUserId?: string) {
  const sent = batches.map(({ users, notice }) => ({ to: users.filter((u) => u.id !== exceptUserId), notice }));
  await notifyEach(
    tx,
    sent.map(({ to, notice }) => ({ userIds: to.map((u) => u.id), notice })),
  );
  await queueEmailsEach(
    tx,
    sent.map(({ to, notice }) => ({ to, notice })),
  );
}
