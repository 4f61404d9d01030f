import type { Metadata } from "next";
import { BulkAssignForm } from "@/components/inspections/bulk-assign";
import { InspectionFilters } from "@/components/inspections/inspection-filters";
import { InspectionTable } from "@/components/inspections/inspection-table";
import { PlanPageTop } from "@/components/plans/plan-page-top";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { formatNumber } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { loadPlanInspectionsPage, planTabs } from "@/lib/plans/loaders";
import { queryHref } from "@/lib/query-string";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("inspections.planTab.title") };
}

export default async function PlanInspectionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { actor, plan, t, query, inspections, total, pages, mayAssign } = await loadPlanInspectionsPage(
    params,
    searchParams,
  );
  const { page, ...filters } = query;
  const members = plan.members.map((m) => ({
    value: m.id,
    label: `${m.user.name} (${t(`plans.team.roles.${m.role}`)})`,
  }));
  return (
    <div className="space-y-6">
      <PlanPageTop
        backLabel={t("plans.back")}
        title={`${plan.number} — ${t("inspections.planTab.title")}`}
        lead={plan.title}
        planId={plan.id}
        current="kiem-tra"
        tabs={planTabs(t, actor, plan)}
      />
      <Card>
        <InspectionFilters t={t} query={query} assignees={members} />
      </Card>
      {mayAssign ? (
        <Card title={t("inspections.assign.bulkTitle")}>
          <BulkAssignForm planId={plan.id} members={members} />
        </Card>
      ) : null}
      <Card title={t("inspections.count", { count: formatNumber(total) })}>
        {inspections.length ? (
          <InspectionTable
            rows={inspections}
            t={t}
            showPlan={false}
            selectName={mayAssign ? "inspectionIds" : undefined}
          />
        ) : (
          <p>{t(total || Object.values(filters).some(Boolean) ? "inspections.empty" : "inspections.planTab.empty")}</p>
        )}
        <Pagination
          page={page}
          pages={pages}
          href={(p) => queryHref(`/ke-hoach/${plan.id}/kiem-tra`, { ...filters, page: p })}
          labels={{ previous: t("audit.previous"), next: t("audit.next"), status: t("common.page", { page, pages }) }}
        />
      </Card>
    </div>
  );
}
