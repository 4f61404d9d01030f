import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanForm } from "@/components/plans/plan-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { listProvincialAgencies } from "@/lib/plans/data";
import { planFormValues } from "@/lib/plans/form/values";
import { loadPlanPage } from "@/lib/plans/loaders";
import { canEditPlan } from "@/lib/plans/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("plans.edit") };
}

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, plan, t } = await loadPlanPage(params);
  if (!canEditPlan(actor, "edit", plan)) notFound();
  const agencies = await listProvincialAgencies();
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/ke-hoach/${plan.id}`} className="text-blue-800 underline">
          ← {plan.number}
        </Link>
      </p>
      <PageHeader title={t("plans.edit")} lead={plan.title} />
      <Card>
        <PlanForm
          agencies={agencies.map((a) => ({ value: a.id, label: a.name }))}
          coordinatorOptions={agencies
            .filter((a) => a.id !== plan.leadAgencyId)
            .map((a) => ({ value: a.id, label: a.name }))}
          values={planFormValues(plan)}
        />
      </Card>
    </div>
  );
}
