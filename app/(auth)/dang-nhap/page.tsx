import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { getCurrentActor, requestOrigin } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("auth.signInTitle") };
}

const reasons = {
  "signed-out": "auth.signedOut",
  session: "auth.sessionEnded",
  password: "auth.passwordChanged",
  everywhere: "auth.signedOutEverywhere",
} as const;

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; reason?: string }>;
}) {
  const [{ callbackUrl, reason }, t, actor, origin] = await Promise.all([
    searchParams,
    getTranslator(),
    getCurrentActor(),
    requestOrigin(),
  ]);
  const target = safeRedirectPath(callbackUrl, origin);
  if (actor) redirect(target);
  const notice = reason && reason in reasons ? t(reasons[reason as keyof typeof reasons]) : null;
  return (
    <div className="w-full max-w-md rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold text-slate-900">{t("auth.signInTitle")}</h1>
      <p className="mt-1 mb-4 text-slate-700">{t("auth.signInLead")}</p>
      {notice ? <Alert tone="info">{notice}</Alert> : null}
      <div className="mt-4">
        <SignInForm callbackUrl={target} />
      </div>
    </div>
  );
}
