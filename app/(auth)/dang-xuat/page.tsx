import type { Metadata } from "next";
import { SignOutForm } from "@/components/auth/sign-out-form";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("auth.signOutTitle") };
}

export default async function SignOutPage() {
  const t = await getTranslator();
  return (
    <div className="w-full max-w-md rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold text-slate-900">{t("auth.signOutTitle")}</h1>
      <p className="mt-1 mb-4 text-slate-700">{t("auth.signOutConfirm")}</p>
      <SignOutForm />
    </div>
  );
}
