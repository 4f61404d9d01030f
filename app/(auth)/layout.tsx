import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { getLocale, getTranslator } from "@/lib/i18n/server";

/** The frame of the pages one sees before signing in. */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const [t, locale] = await Promise.all([getTranslator(), getLocale()]);
  return (
    <div className="flex min-h-screen flex-col bg-slate-100">
      <header className="bg-blue-900 text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-2 px-4 py-3">
          <div>
            <p className="text-lg font-bold">{t("app.name")}</p>
            <p className="text-xs text-blue-100">{t("app.owner")}</p>
          </div>
          <LanguageSwitch locale={locale} label={t("app.language")} switchTo={t("app.switchTo")} />
        </div>
      </header>
      <main id="main" className="mx-auto flex w-full max-w-5xl flex-1 flex-col items-center justify-center px-4 py-10">
        {children}
      </main>
      <footer className="py-4 text-center text-sm text-slate-700">
        <Link href="/gioi-thieu" className="underline">
          {t("nav.about")}
        </Link>
      </footer>
    </div>
  );
}
