import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { navigationFor } from "@/lib/auth/navigation";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { countUnread } from "@/lib/notifications/data";

/** The session gate of every signed-in page. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  // Pages enforce the pending password change (requireActor); a redirect here would loop on client navigation.
  const actor = await requireActor({ allowPendingPasswordChange: true });
  const [t, locale, unread] = await Promise.all([getTranslator(), getLocale(), countUnread(actor)]);
  return (
    <AppShell
      locale={locale}
      labels={{
        appName: t("app.name"),
        owner: t("app.owner"),
        skip: t("app.skipToContent"),
        navLabel: t("nav.label"),
        language: t("app.language"),
        switchTo: t("app.switchTo"),
        changePassword: t("nav.changePassword"),
        signOut: t("nav.signOut"),
        roleName: t(`roles.${actor.role}`),
        notifications: t("notifications.title"),
      }}
      user={{ name: actor.name }}
      nav={navigationFor(actor.role).map((item) => ({ ...item, text: t(item.label) }))}
      unread={unread}
    >
      {children}
    </AppShell>
  );
}
