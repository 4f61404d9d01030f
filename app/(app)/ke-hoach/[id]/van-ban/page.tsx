import type { Metadata } from "next";
import { PaperCard } from "@/components/plans/papers/paper-card";
import { PlanPageTop } from "@/components/plans/plan-page-top";
import { Card } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { loadPlanPapersPage } from "@/lib/plans/papers/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("planPapers.title") };
}

export default async function PlanPapersPage({ params }: { params: Promise<{ id: string }> }) {
  const { t, plan, whole, tabs, items } = await loadPlanPapersPage(params);
  return (
    <div className="space-y-6">
      <PlanPageTop
        backLabel={t("plans.back")}
        title={`${plan.number} — ${t("planPapers.title")}`}
        lead={t(whole ? "planPapers.lead" : "planPapers.leadOfficer")}
        planId={plan.id}
        current="van-ban"
        tabs={tabs}
      />
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
