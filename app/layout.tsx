import { GeistSans } from "geist/font/sans";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n-messages";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: { default: t("app.name"), template: `%s · ${t("app.name")}` }, description: t("app.fullName") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="font-sans">
        <ClientMessages>{children}</ClientMessages>
      </body>
    </html>
  );
}
