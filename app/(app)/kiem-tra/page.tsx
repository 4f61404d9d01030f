import type { Metadata } from "next";
import { InspectionFilters } from "@/components/inspections/inspection-filters";
import { InspectionTable } from "@/components/inspections/inspection-table";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { formatNumber } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { loadInspectionList } from "@/lib/inspections/loaders";
import type { InspectionListQuery } from "@/lib/inspections/schema";
import { queryHref } from "@/lib/query-string";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("inspections.title") };
}

const listHref = (query: Partial<InspectionListQuery>) => queryHref("/kiem-tra", query);

export default async function InspectionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { t, query, inspections, total, pages, plans, team } = await loadInspectionList(searchParams);
  const { page, ...filters } = query;
  return (
    <div className="space-y-6">
      <PageHeader title={t("inspections.title")} lead={t("inspections.lead")} />
      <Card>
        <InspectionFilters
          t={t}
          query={query}
          plans={plans.map((p) => ({ value: p.id, label: `${p.number} (${p.year}) — ${p.version}` }))}
          besideButton={
            team ? (
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" name="mine" value="1" defaultChecked={query.mine === "1"} className="size-5" />
                {t("inspections.filters.mine")}
              </label>
            ) : null
          }
        />
      </Card>
      <Card title={t("inspections.count", { count: formatNumber(total) })}>
        {inspections.length ? <InspectionTable rows={inspections} t={t} showPlan /> : <p>{t("inspections.empty")}</p>}
        <Pagination
          page={page}
          pages={pages}
          href={(p) => listHref({ ...filters, page: p })}
          labels={{ previous: t("audit.previous"), next: t("audit.next"), status: t("common.page", { page, pages }) }}
        />
      </Card>
    </div>
  );
}
