import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { loadAppShell } from "@/lib/home/loaders";

/** The session gate of every signed-in page. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const { actor, t, locale, unread, nav } = await loadAppShell();
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
      nav={nav.map((item) => ({ ...item, text: t(item.label) }))}
      unread={unread}
    >
      {children}
    </AppShell>
  );
}
