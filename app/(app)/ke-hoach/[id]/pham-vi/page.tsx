import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanSummary } from "@/components/plans/plan-summary";
import { PlanTabs } from "@/components/plans/plan-tabs";
import { TargetRow } from "@/components/plans/target-row";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { listCandidateUnits } from "@/lib/plans/data";
import { loadPlanPage, planTabs } from "@/lib/plans/loaders";
import { canEditPlan, readOnlyNotice, seesWholePlan } from "@/lib/plans/policy";
import { foldForSearch } from "@/lib/text/normalize";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("plans.scope.title") };
}

const pageSize = 50;

export default async function PlanScopePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { actor, plan, t } = await loadPlanPage(params);
  if (!seesWholePlan(actor) || !plan.summary) notFound();
  const [query, locale] = await Promise.all([searchParams, getLocale()]);
  const editable = canEditPlan(actor, "editScope", plan);
  const notice = readOnlyNotice(actor, plan);
  const q = query.q ? foldForSearch(query.q) : "";
  const track = query.track === "onSite" || query.track === "dossier" || query.track === "out" ? query.track : "";
  const rows = plan.targets.filter(
    (target) =>
      (!q || foldForSearch(`${target.agency.name} ${target.agency.code}`).includes(q)) &&
      (track === "" ||
        (track === "onSite" ? target.onSite : track === "dossier" ? target.inDossier : !target.inDossier)),
  );
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(pages, Math.max(1, Number(query.page) || 1));
  const inPlan = new Set(plan.targets.map((target) => target.agencyId));
  const others = editable ? (await listCandidateUnits(plan.issuedOn)).filter((u) => !inPlan.has(u.id)) : [];
  const href = (p: number) =>
    `/ke-hoach/${plan.id}/pham-vi?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(track ? { track } : {}), page: String(p) })}`;
  const values = (target: (typeof plan.targets)[number]) => ({
    agencyId: target.agencyId,
    name: target.agency.name,
    code: target.agency.code,
    inDossier: target.inDossier,
    dossierReason: target.dossierReason ?? "",
    onSite: target.onSite,
    onSiteCategory: target.onSiteCategory ?? "",
    rationale: target.rationale ?? "",
    defaultCategory: target.agency.isoRequirement,
  });
  return (
    <div className="space-y-6">
      <p>
        <Link href="/ke-hoach" className="text-blue-800 underline">
          ← {t("plans.back")}
        </Link>
      </p>
      <PageHeader title={`${plan.number} — ${t("plans.scope.title")}`} lead={plan.title} />
      <PlanTabs planId={plan.id} current="pham-vi" tabs={planTabs(t, actor, plan)} />
      {plan.isSample ? <Alert tone="info">{t("plans.sample")}</Alert> : null}
      {notice ? <p className="text-sm text-slate-700">{t(notice)}</p> : null}
      <Card title={t("plans.summary.title")}>
        <PlanSummary summary={plan.summary} t={t} locale={locale} />
      </Card>
      <Card title={t("plans.scope.title")}>
        <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <label htmlFor="q" className="block text-sm font-semibold">
              {t("plans.scope.filter")}
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={query.q ?? ""}
              className="min-h-11 w-full rounded-md border border-slate-500 px-3"
            />
          </div>
          <div>
            <label htmlFor="track" className="block text-sm font-semibold">
              {t("plans.scope.title")}
            </label>
            <select
              id="track"
              name="track"
              defaultValue={track}
              className="min-h-11 rounded-md border border-slate-500 px-3"
            >
              <option value="">{t("plans.scope.all")}</option>
              <option value="dossier">{t("plans.scope.onlyDossier")}</option>
              <option value="onSite">{t("plans.scope.onlyOnSite")}</option>
              <option value="out">{t("plans.scope.outOfScope")}</option>
            </select>
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            {t("agencies.apply")}
          </button>
        </form>
        {editable ? <p className="mb-2 text-sm text-slate-700">{t("plans.scope.reasonHint")}</p> : null}
        {rows.length ? (
          rows
            .slice((page - 1) * pageSize, page * pageSize)
            .map((target) => <TargetRow key={target.id} planId={plan.id} target={values(target)} editable={editable} />)
        ) : (
          <p>{t("plans.scope.none")}</p>
        )}
        <Pagination
          page={page}
          pages={pages}
          href={href}
          labels={{ previous: t("audit.previous"), next: t("audit.next"), status: t("common.page", { page, pages }) }}
        />
      </Card>
      {editable && others.length ? (
        <Card title={t("plans.scope.addUnit")}>
          <form method="get" className="mb-3 flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="add" className="block text-sm font-semibold">
                {t("plans.scope.unit")}
              </label>
              <select
                id="add"
                name="add"
                defaultValue={query.add ?? ""}
                className="min-h-11 max-w-full rounded-md border border-slate-500 px-3"
              >
                {others.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name} ({u.code})
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              {t("plans.scope.addUnit")}
            </button>
          </form>
          {query.add && others.some((u) => u.id === query.add)
            ? (() => {
                const unit = others.find((u) => u.id === query.add)!;
                return (
                  <TargetRow
                    planId={plan.id}
                    editable
                    target={{
                      agencyId: unit.id,
                      name: unit.name,
                      code: unit.code,
                      inDossier: true,
                      dossierReason: "",
                      onSite: false,
                      onSiteCategory: "",
                      rationale: "",
                      defaultCategory: unit.isoRequirement,
                    }}
                  />
                );
              })()
            : null}
        </Card>
      ) : null}
    </div>
  );
}
