import type { Metadata } from "next";
import Link from "next/link";
import { PaperCard } from "@/components/plans/papers/paper-card";
import { PlanTabs } from "@/components/plans/plan-tabs";
import { Card, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { loadPlanPapersPage } from "@/lib/plans/papers/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("planPapers.title") };
}

export default async function PlanPapersPage({ params }: { params: Promise<{ id: string }> }) {
  const { t, plan, whole, tabs, items } = await loadPlanPapersPage(params);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/ke-hoach" className="text-blue-800 underline">
          ← {t("plans.back")}
        </Link>
      </p>
      <PageHeader
        title={`${plan.number} — ${t("planPapers.title")}`}
        lead={t(whole ? "planPapers.lead" : "planPapers.leadOfficer")}
      />
      <PlanTabs planId={plan.id} current="van-ban" tabs={tabs} />
      {items.length ? (
        <ul className="space-y-4" aria-label={t("planPapers.title")}>
          {items.map((item) => (
            <li key={item.key}>
              <PaperCard planId={plan.id} item={item} />
            </li>
          ))}
        </ul>
      ) : (
        <Card>
          <p>{t("planPapers.empty")}</p>
        </Card>
      )}
    </div>
  );
}
