import type { Metadata } from "next";
import Link from "next/link";
import { PlanForm } from "@/components/plans/plan-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { loadEditPlanPage } from "@/lib/plans/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("plans.edit") };
}

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { plan, t, form } = await loadEditPlanPage(params);
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/ke-hoach/${plan.id}`} className="text-blue-800 underline">
          ← {plan.number}
        </Link>
      </p>
      <PageHeader title={t("plans.edit")} lead={plan.title} />
      <Card>
        <PlanForm agencies={form.agencies} coordinatorOptions={form.coordinatorOptions} values={form.values} />
      </Card>
    </div>
  );
}
