import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n";
import { renderEmail } from "@/lib/mail/render";
import { renderMessage } from "@/lib/notifications/rendering/message";

export const testAppUrl = "https://kiemtra.sokhcn.angiang.gov.vn";

/** Notifications matching `where`, oldest first, each with its title and body as a reader of `locale` sees them. */
export async function renderedNotifications(where: Prisma.NotificationWhereInput, locale: Locale = "vi") {
  const rows = await db.notification.findMany({ where, orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({ ...row, ...renderMessage(row, locale) }));
}

/** E-mails to this address, oldest first, as they are sent (in the recipient's language, links under testAppUrl). */
export async function renderedEmailsTo(address: string) {
  const rows = await db.emailOutbox.findMany({ where: { to: address.toLowerCase() }, orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({ ...row, ...renderEmail(row, testAppUrl) }));
}
