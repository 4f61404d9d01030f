import type { Metadata } from "next";
import { InspectionTable } from "@/components/inspections/inspection-table";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { scopeFor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { formatNumber } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { listInspectionPlans, listInspections } from "@/lib/inspections/data";
import { inspectionListQuerySchema, type InspectionListQuery } from "@/lib/inspections/schema";
import { queryHref } from "@/lib/query-string";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("inspections.title") };
}

const control = "block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base focus:outline-3 focus:outline-amber-500";

const listHref = (query: Partial<InspectionListQuery>) => queryHref("/kiem-tra", query);

export default async function InspectionsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const scope = scopeFor(actor);
  const query = inspectionListQuerySchema.parse(await searchParams);
  const [t, { inspections, total, pages }, plans] = await Promise.all([getTranslator(), listInspections(scope, query), listInspectionPlans(scope)]);
  const { page, ...filters } = query;
  const team = actor.role !== "AGENCY_OFFICER" && actor.role !== "COMMITTEE_VIEWER";
  return (
    <div className="space-y-6">
      <PageHeader title={t("inspections.title")} lead={t("inspections.lead")} />
      <Card>
        <form method="get" role="search" aria-label={t("inspections.filters.title")} className="grid gap-3 md:grid-cols-3 lg:grid-cols-6 md:items-end">
          <div className="lg:col-span-2">
            <label htmlFor="q" className="block text-sm font-semibold">{t("inspections.filters.q")}</label>
            <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className={control} />
          </div>
          <FilterSelect label={t("inspections.filters.plan")} name="plan" value={query.plan} allLabel={t("inspections.filters.all")} className={control} options={plans.map((p) => ({ value: p.id, label: `${p.number} (${p.year}) — ${p.version}` }))} />
          <FilterSelect label={t("inspections.filters.kind")} name="kind" value={query.kind} allLabel={t("inspections.filters.all")} className={control} options={(["DOSSIER", "ON_SITE"] as const).map((k) => ({ value: k, label: t(`inspections.kinds.${k}`) }))} />
          <FilterSelect label={t("inspections.filters.status")} name="status" value={query.status} allLabel={t("inspections.filters.all")} className={control} options={(["NOT_STARTED", "IN_PROGRESS", "SIGNED_OFF"] as const).map((s) => ({ value: s, label: t(`inspections.statuses.${s}`) }))} />
          <div className="flex flex-wrap items-center gap-3">
            {team ? (
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" name="mine" value="1" defaultChecked={query.mine === "1"} className="size-5" />
                {t("inspections.filters.mine")}
              </label>
            ) : null}
            <button type="submit" className={buttonClass("secondary")}>{t("inspections.filters.apply")}</button>
          </div>
        </form>
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
