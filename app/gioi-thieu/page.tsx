import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { vi } from "@/lib/i18n/messages/vi";

export const metadata: Metadata = { title: vi.about.title };
/**
 * A page without database (the baseline of the benchmark). Rendered per request, not prerendered: its scripts
 * need this request's CSP nonce (proxy.ts), which a page built ahead of time cannot carry.
 */
export default async function AboutPage() {
  await connection();
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-10">
      <h1 className="text-2xl font-bold">{vi.app.fullName}</h1>
      <p>{vi.about.body1}</p>
      <p>{vi.about.body2}</p>
      <p>
        <Link href="/dang-nhap" className="font-semibold text-blue-800 underline">
          {vi.about.signIn}
        </Link>
      </p>
    </main>
  );
}
