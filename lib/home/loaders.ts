import "server-only";
import { loadRegistryOverview } from "@/lib/agencies/loaders";
import { loadRecentActivity } from "@/lib/audit/loaders";
import { navigationFor } from "@/lib/auth/navigation";
import { requireActor } from "@/lib/auth/session";
import { loadChecklistOverview } from "@/lib/checklists/loaders";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { loadUnreadCount } from "@/lib/notifications/loaders";
import { loadUserCounts } from "@/lib/users/loaders";

/*
 * The signed-in shell and the home page gather several domains' data; each part comes from its own domain's
 * loader, which makes its scope and decides by role what this user sees (null: not for them).
 */

/**
 * The shell of every signed-in page: the user, their menu and unread count. A password change still pending
 * does not redirect here (a redirect in the layout would loop on client navigation); the pages enforce it.
 */
export async function loadAppShell() {
  const actor = await requireActor({ allowPendingPasswordChange: true });
  const [t, locale, unread] = await Promise.all([
    getTranslator(),
    getLocale(),
    loadUnreadCount({ allowPendingPasswordChange: true }),
  ]);
  return { actor, t, locale, unread, nav: navigationFor(actor.role) };
}

/** Each role's home: what that role works on, from live data. */
export async function loadHomePage() {
  const actor = await requireActor();
  const [t, locale, overview, users, audit, checklists, unread] = await Promise.all([
    getTranslator(),
    getLocale(),
    loadRegistryOverview(),
    loadUserCounts(),
    loadRecentActivity(8),
    loadChecklistOverview(),
    loadUnreadCount(),
  ]);
  return { actor, t, locale, ...overview, users, audit, checklists, unread };
}
