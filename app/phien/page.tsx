import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("session.title") };
}

/**
 * Who is signed in, from the session alone (no other data, outside the signed-in shell and its unread count):
 * for a user checking which account this browser holds, and the benchmark's signed-in baseline (a dynamic page
 * that reads the session and nothing else; `npm run bench` compares the home, list and dashboard pages to it).
 */
export default async function SessionPage() {
  const actor = await requireActor({ allowPendingPasswordChange: true });
  const t = await getTranslator();
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-10">
      <h1 className="text-2xl font-bold">{t("session.title")}</h1>
      <p>{t("session.signedInAs", { name: actor.name, email: actor.email, role: t(`roles.${actor.role}`) })}</p>
      <p>
        <Link href="/" className="font-semibold text-blue-800 underline">
          {t("session.home")}
        </Link>
      </p>
    </main>
  );
}
