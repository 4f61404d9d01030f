"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { messageTranslator } from "@/lib/i18n/format-message";
import type { MessageKey } from "@/lib/i18n";
import type { Translator } from "@/lib/i18n/translator";

type I18n = { locale: Locale; t: Translator<MessageKey> };
const I18nContext = createContext<I18n | null>(null);

function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("A client component that translates is rendered outside I18nProvider.");
  return i18n;
}

/**
 * Gives the client components below it the namespaces the server picked for them (components/i18n-messages):
 * never a whole catalogue. A nested provider replaces its parent's messages, it does not add to them. The
 * messages are formatted by lib/i18n/format-message (not next-intl, whose ICU parser would ship to every page).
 */
export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Record<string, unknown>;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ locale, t: messageTranslator<MessageKey>(locale, messages) }), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translator of the request's language, with full dotted keys (`t("plans.title")`), as on the server. */
export function useT(): Translator<MessageKey> {
  return useI18n().t;
}

export function useLocale(): Locale {
  return useI18n().locale;
}
