import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SignOutEverywhereForm } from "@/components/auth/sign-out-everywhere-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { loadChangePasswordPage } from "@/lib/users/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("auth.changePasswordTitle") };
}

export default async function ChangePasswordPage() {
  const [{ mustChangePassword }, t] = await Promise.all([loadChangePasswordPage(), getTranslator()]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("auth.changePasswordTitle")} />
      {mustChangePassword ? <Alert tone="info">{t("auth.mustChangePassword")}</Alert> : null}
      <Card>
        <ChangePasswordForm />
      </Card>
      <Card title={t("auth.sessionsTitle")}>
        <SignOutEverywhereForm />
      </Card>
    </div>
  );
}
