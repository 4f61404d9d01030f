import type { Metadata } from "next";
import Link from "next/link";
import { PlanForm } from "@/components/plans/plan-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { loadNewPlanPage } from "@/lib/plans/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("plans.create") };
}

export default async function NewPlanPage() {
  const { t, form } = await loadNewPlanPage();
  return (
    <div className="space-y-6">
      <p>
        <Link href="/ke-hoach" className="text-blue-800 underline">
          ← {t("plans.back")}
        </Link>
      </p>
      <PageHeader title={t("plans.create")} lead={t("plans.lead")} />
      <Card>
        <PlanForm agencies={form.agencies} coordinatorOptions={form.coordinatorOptions} values={form.values} />
      </Card>
    </div>
  );
}
