import type { Metadata } from "next";
import Link from "next/link";
import { AuditList } from "@/components/audit/audit-list";
import { AccountActions } from "@/components/users/account-actions";
import { EditUserForm } from "@/components/users/edit-user-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { loadUserPage } from "@/lib/users/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("users.editTitle") };
}

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ user, agencies, history, liveSessions }, t] = await Promise.all([loadUserPage(params), getTranslator()]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/quan-tri/nguoi-dung" className="text-blue-800 underline">
          ← {t("users.back")}
        </Link>
      </p>
      <PageHeader title={user.name} lead={`${user.email} · ${t(`users.${user.status}`)}`} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title={t("users.editTitle")}>
            <EditUserForm
              user={{ id: user.id, name: user.name, role: user.role, agencyId: user.agencyId }}
              agencies={agencies}
            />
          </Card>
        </div>
        <Card title={t("users.actions")}>
          <AccountActions user={{ id: user.id, name: user.name, status: user.status, liveSessions }} />
        </Card>
      </div>
      <Card title={t("users.history")}>
        <AuditList events={history} empty={t("audit.empty")} />
      </Card>
    </div>
  );
}
