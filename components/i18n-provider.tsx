"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { createTranslator, type Locale } from "@/lib/i18n";
import "@/lib/zod-browser";

const LocaleContext = createContext<Locale>("vi");

/** Gives client components the catalogue of the request's language. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useT() {
  const locale = useContext(LocaleContext);
  return useMemo(() => createTranslator(locale), [locale]);
}

export function useLocale() {
  return useContext(LocaleContext);
}
