import type { Metadata } from "next";
import Link from "next/link";
import { CopyPlanForm } from "@/components/plans/copy-plan-form";
import { StatusBadge } from "@/components/plans/status-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { getTranslator } from "@/lib/i18n/server";
import { loadPlanList } from "@/lib/plans/loaders";
import { formatCalendarDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("plans.title") };
}

export default async function PlansPage() {
  const { t, plans, canCreate, whole } = await loadPlanList();
  return (
    <div className="space-y-6">
      <PageHeader title={t("plans.title")} lead={t("plans.lead")}>
        {canCreate ? (
          <Link href="/ke-hoach/moi" className={buttonClass("primary")}>
            {t("plans.create")}
          </Link>
        ) : null}
      </PageHeader>
      <Card>
        {plans.length ? (
          <Table caption={t("plans.title")}>
            <thead>
              <tr>
                <Th>{t("plans.year")}</Th>
                <Th>{t("plans.number")}</Th>
                <Th>{t("plans.titleField")}</Th>
                <Th>{t("plans.status")}</Th>
                <Th>{t("plans.approval")}</Th>
                <Th className="text-right">{t("plans.scope.dossier")}</Th>
              </tr>
            </thead>
            <tbody>
              {plans.map((p) => (
                <tr key={p.id}>
                  <td className="tabular-nums">{p.year}</td>
                  <td className="whitespace-nowrap">
                    <Link href={`/ke-hoach/${p.id}`} className="font-semibold text-blue-800 underline">
                      {p.number}
                    </Link>
                    {p.version > 1 ? (
                      <span className="ml-1 text-sm text-slate-700">
                        ({t("plans.version", { version: p.version })})
                      </span>
                    ) : null}
                  </td>
                  <td className="max-w-xl">{p.title}</td>
                  <td>
                    <StatusBadge status={p.status} label={t(`plans.statuses.${p.status}`)} />
                  </td>
                  <td className="whitespace-nowrap">
                    {p.approvalNumber ? `${p.approvalNumber} (${formatCalendarDate(p.approvalDate)})` : "—"}
                  </td>
                  <td className="text-right tabular-nums">{whole ? p._count.targets : "—"}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p>{t("plans.empty")}</p>
        )}
      </Card>
      {canCreate && plans.length ? (
        <Card title={t("plans.copy")}>
          <CopyPlanForm
            plans={plans
              .filter((p) => p.status !== "CANCELLED")
              .map((p) => ({ value: p.id, label: `${p.number} (${p.year}) — ${t(`plans.statuses.${p.status}`)}` }))}
          />
        </Card>
      ) : null}
    </div>
  );
}
