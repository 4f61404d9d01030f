import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getTranslator();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-5xl font-bold text-blue-900">404</p>
      <h1 className="mt-4 text-2xl font-bold">{t("errors.notFoundTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("errors.notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block font-semibold text-blue-800 underline">
        {t("errors.backHome")}
      </Link>
    </main>
  );
}
