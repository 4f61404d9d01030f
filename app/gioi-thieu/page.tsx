import type { Metadata } from "next";
import Link from "next/link";
import { vi } from "@/lib/i18n/messages/vi";

export const metadata: Metadata = { title: vi.about.title };
export const dynamic = "force-static";

/** A static page (no cookies, no database): also the baseline of the benchmark. */
export default function AboutPage() {
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
