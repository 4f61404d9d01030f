import type { Metadata } from "next";
import Link from "next/link";
import { PlanSummary } from "@/components/plans/plan-summary";
import { PlanPageTop } from "@/components/plans/plan-page-top";
import { PlanWorkflow } from "@/components/plans/plan-workflow";
import { ScopeStatement } from "@/components/plans/scope-statement";
import { StatusBadge } from "@/components/plans/status-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { canDownloadArchive } from "@/lib/plans/archive/policy";
import { loadPlanOverview, planTabs } from "@/lib/plans/loaders";
import { formatCalendarDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("plans.title") };
}

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, plan, t, whole, actors, actions, notice, canEdit } = await loadPlanOverview(params);
  const locale = await getLocale();
  return (
    <div className="space-y-6">
      <PlanPageTop
        backLabel={t("plans.back")}
        title={`${plan.number}${plan.version > 1 ? ` — ${t("plans.version", { version: plan.version })}` : ""}`}
        lead={plan.title}
        planId={plan.id}
        current=""
        tabs={planTabs(t, actor, plan)}
      >
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={plan.status} label={t(`plans.statuses.${plan.status}`)} />
          {canEdit ? (
            <Link href={`/ke-hoach/${plan.id}/sua`} className={buttonClass("secondary")}>
              {t("plans.edit")}
            </Link>
          ) : null}
          {canDownloadArchive(actor) ? (
            <a
              href={`/ke-hoach/${plan.id}/luu-tru`}
              className={buttonClass("secondary")}
              title={t("planArchive.linkHint")}
              download
            >
              {t("planArchive.link")}
            </a>
          ) : null}
        </div>
      </PlanPageTop>
      {plan.isSample ? <Alert tone="info">{t("plans.sample")}</Alert> : null}
      {whole && notice ? <p className="text-sm text-slate-700">{t(notice)}</p> : null}
      {plan.amendment ? (
        <p className="text-sm">
          <Link className="text-blue-800 underline" href={`/ke-hoach/${plan.amendment.id}`}>
            {t("plans.version", { version: plan.amendment.version })}
          </Link>{" "}
          — {t(`plans.statuses.${plan.amendment.status}`)}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={t("plans.overview")}>
            <dl className="grid grid-cols-[minmax(9rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="font-semibold">{t("plans.year")}</dt>
              <dd>{plan.year}</dd>
              <dt className="font-semibold">{t("plans.issuedOn")}</dt>
              <dd>{formatCalendarDate(plan.issuedOn)}</dd>
              <dt className="font-semibold">{t("plans.leadAgency")}</dt>
              <dd>{plan.leadAgency.name}</dd>
              <dt className="font-semibold">{t("plans.coordinators")}</dt>
              <dd>{plan.coordinators.map((c) => c.agency.name).join(", ") || "—"}</dd>
              <dt className="font-semibold">{t("plans.approval")}</dt>
              <dd>
                {plan.approvalNumber
                  ? t("plans.approvedBy", { number: plan.approvalNumber, date: formatCalendarDate(plan.approvalDate) })
                  : "—"}
                {plan.approvalFileKey ? (
                  <a className="ml-2 text-blue-800 underline" href={`/api/ke-hoach/${plan.id}/quyet-dinh`}>
                    {t("plans.approvalFileDownload")} ({plan.approvalFileName})
                  </a>
                ) : null}
              </dd>
              <dt className="font-semibold">{t("plans.teamDecision")}</dt>
              <dd>
                {plan.teamDecisionNumber
                  ? `${plan.teamDecisionNumber} (${formatCalendarDate(plan.teamDecisionDate)})`
                  : "—"}
              </dd>
              {plan.cancelReason ? (
                <>
                  <dt className="font-semibold">{t("plans.workflow.reason")}</dt>
                  <dd>{plan.cancelReason}</dd>
                </>
              ) : null}
            </dl>
            {whole ? (
              <div className="mt-4 grid gap-4 text-sm md:grid-cols-3">
                {(["legalBases", "objectives", "requirements"] as const).map((field) => (
                  <section key={field}>
                    <h3 className="font-semibold">{t(`plans.${field}`)}</h3>
                    <p className="whitespace-pre-line text-slate-800">{plan[field] || "—"}</p>
                  </section>
                ))}
              </div>
            ) : null}
            {plan.summary ? (
              <section className="mt-4 text-sm">
                <h3 className="font-semibold">{t("plans.statement.title")}</h3>
                <ScopeStatement summary={plan.summary} t={t} locale={locale} />
              </section>
            ) : null}
          </Card>
          {plan.summary ? (
            <Card title={t("plans.summary.title")}>
              <PlanSummary summary={plan.summary} t={t} locale={locale} />
            </Card>
          ) : (
            <Card title={t("plans.schedule.yourVisit")}>
              {plan.targets.map((target) => (
                <p key={target.id} className="text-sm">
                  {target.agency.name}:{" "}
                  {target.onSite
                    ? `${t("plans.scope.onSite")} (${t(`plans.category.${target.onSiteCategory ?? "ENCOURAGED"}`)})`
                    : t("plans.scope.dossier")}
                </p>
              ))}
              {plan.visits.length ? (
                <ul className="mt-2 list-disc pl-6 text-sm">
                  {plan.visits.map((v) => (
                    <li key={v.id}>
                      {formatDateTime(v.startsAt)} – {formatDateTime(v.endsAt)}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-sm text-slate-700">{t("plans.schedule.noVisit")}</p>
              )}
            </Card>
          )}
          <Card title={t("plans.milestones")}>
            <ul className="space-y-1 text-sm">
              {plan.milestones.map((m) => (
                <li key={m.id} className="flex justify-between gap-4">
                  <span>
                    {t(`plans.milestone.${m.kind}`)}
                    {m.note ? ` (${m.note})` : ""}
                  </span>
                  <span className="tabular-nums">{formatCalendarDate(m.date)}</span>
                </li>
              ))}
            </ul>
          </Card>
        </div>
        {whole ? (
          <div className="space-y-6">
            {/* Rendered even with no step left, so the confirmation of the step just taken stays on screen. */}
            <Card title={t("plans.workflow.title")}>
              <PlanWorkflow planId={plan.id} actions={actions} />
            </Card>
            <Card title={t("plans.workflow.history")}>
              <ol className="space-y-2 text-sm">
                {plan.events.map((e) => (
                  <li key={e.id} className="border-l-4 border-slate-300 pl-3">
                    <p className="font-semibold">
                      {t.raw(`plans.workflow.events.${e.action}`, { comment: e.comment ?? "" })}
                    </p>
                    <p className="text-slate-700">
                      {formatDateTime(e.at)}
                      {e.actorId ? ` · ${actors.get(e.actorId) ?? ""}` : ""}
                    </p>
                    {e.comment && e.action !== "copied" ? <p className="whitespace-pre-line">{e.comment}</p> : null}
                  </li>
                ))}
              </ol>
            </Card>
          </div>
        ) : null}
      </div>
    </div>
  );
}
