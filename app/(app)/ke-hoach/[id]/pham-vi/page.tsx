import type { Metadata } from "next";
import { OnSiteProposal } from "@/components/plans/on-site-proposal";
import { PlanSummary } from "@/components/plans/plan-summary";
import { PlanPageTop } from "@/components/plans/plan-page-top";
import { TargetRow } from "@/components/plans/target-row";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { loadPlanScopePage, planTabs } from "@/lib/plans/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("plans.scope.title") };
}

export default async function PlanScopePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [
    {
      actor,
      plan,
      summary,
      t,
      editable,
      notice,
      query,
      track,
      page,
      pages,
      rows,
      others,
      adding,
      proposals,
      proposalEditable,
    },
    locale,
  ] = await Promise.all([loadPlanScopePage(params, searchParams), getLocale()]);
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
      <PlanPageTop
        backLabel={t("plans.back")}
        title={`${plan.number} — ${t("plans.scope.title")}`}
        lead={plan.title}
        planId={plan.id}
        current="pham-vi"
        tabs={planTabs(t, actor, plan)}
      />
      {plan.isSample ? <Alert tone="info">{t("plans.sample")}</Alert> : null}
      {notice ? <p className="text-sm text-slate-700">{t(notice)}</p> : null}
      <Card title={t("plans.summary.title")}>
        <PlanSummary summary={summary} t={t} locale={locale} />
      </Card>
      {proposalEditable || proposals.total ? (
        <Card title={t("plans.proposal.title")}>
          <OnSiteProposal planId={plan.id} proposals={proposals} editable={proposalEditable} />
        </Card>
      ) : null}
      <Card title={t("plans.scope.title")}>
        <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <label htmlFor="q" className="field-label">
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
            <label htmlFor="track" className="field-label">
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
          rows.map((target) => (
            <TargetRow key={target.id} planId={plan.id} target={values(target)} editable={editable} />
          ))
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
              <label htmlFor="add" className="field-label">
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
          {adding ? (
            <TargetRow
              planId={plan.id}
              editable
              target={{
                agencyId: adding.id,
                name: adding.name,
                code: adding.code,
                inDossier: true,
                dossierReason: "",
                onSite: false,
                onSiteCategory: "",
                rationale: "",
                defaultCategory: adding.isoRequirement,
              }}
            />
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
