import type { ReactNode } from "react";
import { I18nProvider } from "@/components/i18n-provider";
import { pickMessages, type Namespace } from "@/lib/i18n/client-messages";
import { getLocale } from "@/lib/i18n/server";

/**
 * Client components below get the common namespaces and `namespaces` in the request's language. A segment's
 * layout.tsx lists what its client components use; it replaces the parent's messages (next-intl does not
 * merge nested providers), which is why the common ones always come along.
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: Namespace[]; children: ReactNode }) {
  const locale = await getLocale();
  return (
    <I18nProvider locale={locale} messages={pickMessages(locale, namespaces)}>
      {children}
    </I18nProvider>
  );
}
