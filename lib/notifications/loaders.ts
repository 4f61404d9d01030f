import "server-only";
import { requireScope } from "@/lib/auth/scope";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { countUnread, listNotifications } from "./data";

export type { NotificationView } from "./data";

/**
 * The signed-in user's unread count, for the shell and the home page. The shell is drawn while a password
 * change is pending too (the page itself then redirects), hence the option.
 */
export async function loadUnreadCount(options: { allowPendingPasswordChange?: boolean } = {}) {
  return countUnread(await requireScope(options));
}

/** The notifications page: the user's own notifications, in the language the reader uses now, and how many are unread. */
export async function loadNotificationsPage() {
  const scope = await requireScope();
  const locale = await getLocale();
  const [t, notifications] = await Promise.all([getTranslator(), listNotifications(scope, { locale })]);
  return { t, notifications, unread: notifications.filter((n) => !n.readAt).length };
}
