import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditList } from "@/components/audit/audit-list";
import { AccountActions } from "@/components/users/account-actions";
import { EditUserForm } from "@/components/users/edit-user-form";
import { Card, PageHeader } from "@/components/ui/card";
import { listAgencyOptions } from "@/lib/agencies/data";
import { listAuditEvents } from "@/lib/audit/data";
import { scopeFor } from "@/lib/auth/scope";
import { requireActor } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { countUserSessions, getUser } from "@/lib/users/data";
import { userId } from "@/lib/users/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("users.editTitle") };
}

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const parsed = userId.safeParse((await params).id);
  if (!parsed.success) notFound();
  const scope = scopeFor(actor);
  const user = await getUser(scope, parsed.data);
  if (!user) notFound();
  const [t, agencies, history, liveSessions] = await Promise.all([
    getTranslator(),
    listAgencyOptions(),
    listAuditEvents(scope, { target: { type: "user", id: user.id }, take: 20 }),
    countUserSessions(scope, user.id),
  ]);
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
        <AuditList events={history.events} empty={t("audit.empty")} />
      </Card>
    </div>
  );
}
