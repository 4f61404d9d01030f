import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SignOutEverywhereForm } from "@/components/auth/sign-out-everywhere-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("auth.changePasswordTitle") };
}

export default async function ChangePasswordPage() {
  const [actor, t] = await Promise.all([requireActor({ allowPendingPasswordChange: true }), getTranslator()]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("auth.changePasswordTitle")} />
      {actor.mustChangePassword ? <Alert tone="info">{t("auth.mustChangePassword")}</Alert> : null}
      <Card>
        <ChangePasswordForm />
      </Card>
      <Card title={t("auth.sessionsTitle")}>
        <SignOutEverywhereForm />
      </Card>
    </div>
  );
}
