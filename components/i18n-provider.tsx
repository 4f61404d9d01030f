"use client";

import { NextIntlClientProvider, useLocale as useIntlLocale, useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { timeZone, type Locale } from "@/lib/i18n/config";
import { errorPolicy, wrapTranslator, type Translator } from "@/lib/i18n/translator";
import type { MessageKey } from "@/lib/i18n";

const report = (message: string, fields: Record<string, unknown>) => console.error(message, fields);

/**
 * Gives the client components below it the namespaces the server picked for them (components/i18n-messages):
 * never a whole catalogue. A nested provider replaces its parent's messages, it does not add to them.
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
  const policy = useMemo(() => errorPolicy(messages, report), [messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone={timeZone} {...policy}>
      {children}
    </NextIntlClientProvider>
  );
}

/** The translator of the request's language, with full dotted keys (`t("plans.title")`), as on the server. */
export function useT(): Translator<MessageKey> {
  const t = useTranslations();
  return useMemo(() => wrapTranslator<MessageKey>(t), [t]);
}

export function useLocale(): Locale {
  return useIntlLocale();
}
