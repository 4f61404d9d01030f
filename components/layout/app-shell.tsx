import type { ReactNode } from "react";
import type { NavItem } from "@/lib/auth/navigation";
import type { Locale } from "@/lib/i18n";
import { SoftLinks } from "@/components/ui/soft-links";
import { LanguageSwitch } from "./language-switch";
import { NavLinks } from "./nav-links";

type Props = {
  locale: Locale;
  labels: {
    appName: string;
    owner: string;
    skip: string;
    navLabel: string;
    language: string;
    switchTo: string;
    changePassword: string;
    signOut: string;
    roleName: string;
    notifications: string;
  };
  user: { name: string };
  nav: (NavItem & { text: string })[];
  unread: number;
  children: ReactNode;
};

/** The signed-in frame: header with the user's name and role, the role's menu, and the page. */
export function AppShell({ locale, labels, user, nav, unread, children }: Props) {
  return (
    <div className="min-h-screen bg-slate-50 print:bg-white">
      <a href="#main" className="skip-link">
        {labels.skip}
      </a>
      <header className="bg-blue-900 text-white print:hidden">
        {/* Plain links under one SoftLinks handler, as the menu's: the header is on every signed-in page. */}
        <SoftLinks className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- navigates without a reload through SoftLinks */}
          <a href="/" className="flex flex-col py-1 focus-visible:outline-3 focus-visible:outline-amber-400">
            <span className="text-lg font-bold">{labels.appName}</span>
            <span className="text-xs text-blue-100">{labels.owner}</span>
          </a>
          <div className="flex flex-wrap items-center gap-1 text-sm">
            <span className="px-2 text-blue-50">
              <span className="font-semibold text-white">{user.name}</span> · {labels.roleName}
            </span>
            <LanguageSwitch locale={locale} label={labels.language} switchTo={labels.switchTo} />
            <a href="/doi-mat-khau" className="header-link">
              {labels.changePassword}
            </a>
            <a href="/dang-xuat" className="header-link">
              {labels.signOut}
            </a>
          </div>
        </SoftLinks>
        <nav aria-label={labels.navLabel} className="bg-blue-950/40">
          <NavLinks items={nav} unread={unread} notificationsHref="/thong-bao" unreadLabel={labels.notifications} />
        </nav>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto max-w-7xl px-4 py-6 focus:outline-none print:max-w-none print:p-0"
      >
        {children}
      </main>
    </div>
  );
}
