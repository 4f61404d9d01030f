import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BulkAssignForm } from "@/components/inspections/bulk-assign";
import { InspectionTable } from "@/components/inspections/inspection-table";
import { PlanTabs } from "@/components/plans/plan-tabs";
import { Card, PageHeader } from "@/components/ui/card";
import { scopeFor } from "@/lib/auth/actor";
import { getTranslator } from "@/lib/i18n/server";
import { listPlanInspections } from "@/lib/inspections/data";
import { canInspection } from "@/lib/inspections/policy";
import { loadPlanPage, planTabs } from "@/lib/plans/loaders";
import { seesWholePlan } from "@/lib/plans/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("inspections.planTab.title") };
}

export default async function PlanInspectionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, plan, t } = await loadPlanPage(params);
  if (!seesWholePlan(actor)) notFound();
  const rows = await listPlanInspections(scopeFor(actor), plan.id);
  const lead = plan.members.find((m) => m.userId === actor.id);
  const mayAssign = canInspection(actor, "assign", { status: "IN_PROGRESS" }, lead ? { role: lead.role, assigned: false } : null) && rows.length > 0;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/ke-hoach" className="text-blue-800 underline">← {t("plans.back")}</Link>
      </p>
      <PageHeader title={`${plan.number} — ${t("inspections.planTab.title")}`} lead={plan.title} />
      <PlanTabs planId={plan.id} current="kiem-tra" tabs={planTabs(t, actor, plan)} />
      {mayAssign ? (
        <Card title={t("inspections.assign.bulkTitle")}>
          <BulkAssignForm planId={plan.id} members={plan.members.map((m) => ({ value: m.id, label: `${m.user.name} (${t(`plans.team.roles.${m.role}`)})` }))} />
        </Card>
      ) : null}
      <Card title={t("inspections.count", { count: rows.length })}>
        {rows.length ? <InspectionTable rows={rows} t={t} showPlan={false} selectName={mayAssign ? "inspectionIds" : undefined} /> : <p>{t("inspections.planTab.empty")}</p>}
      </Card>
    </div>
  );
}
