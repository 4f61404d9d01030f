import type { Metadata } from "next";
import { CountCell, FigureRow, FigureTable, RowHeader } from "@/components/dashboard/count-cell";
import { groupLabel } from "@/components/inspections/score-panel";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { Table, Th } from "@/components/ui/table";
import { completenessThreshold } from "@/lib/dashboard/aggregate";
import { findingsHref, inspectionsHref } from "@/lib/dashboard/links";
import { loadDashboardPage } from "@/lib/dashboard/loaders";
import type { ChecklistStandard } from "@/lib/generated/prisma/enums";
import { getTranslator } from "@/lib/i18n/server";
import { formatCalendarDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("dashboard.title") };
}

const num = "text-right";
const resultKeys = ["conforming", "withFindings", "notConforming"] as const;
const severities = ["MAJOR", "MINOR", "RECOMMENDATION"] as const;
const severityField = { MAJOR: "major", MINOR: "minor", RECOMMENDATION: "recommendation" } as const;

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { t, years, committee, error, figures } = await loadDashboardPage(searchParams);
  const year = figures?.year;
  const yearForm = years.length ? (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <div className="w-40">
        <SelectField
          label={t("dashboard.year")}
          name="nam"
          defaultValue={year === undefined ? undefined : String(year)}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </div>
      <Button type="submit">{t("dashboard.showYear")}</Button>
    </form>
  ) : null;

  if (error || !figures) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("dashboard.title")} />
        <Card>
          <p role={error ? "alert" : undefined} className="text-slate-800">
            {error ? t("dashboard.badYear", { message: error }) : t("dashboard.noPlans")}
          </p>
          {yearForm}
        </Card>
      </div>
    );
  }

  const { progress, inProgress, planId } = figures;
  const asOf = formatCalendarDate(new Date(`${figures.asOf}T00:00:00Z`));
  const onSiteScores = figures.scores;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("dashboard.title")}
        lead={t(committee ? "dashboard.leadCommittee" : "dashboard.lead", { year: figures.year, asOf })}
      />
      {yearForm}
      {figures.planCount > 1 ? (
        <p className="text-sm text-slate-700">
          {t("dashboard.severalPlans", { year: figures.year, count: figures.planCount })}
        </p>
      ) : null}

      <Card title={t("dashboard.progress.title")}>
        <div className="space-y-4">
          <Table caption={t("dashboard.progress.caption", { year: figures.year })}>
            <thead>
              <tr>
                <Th>{t("dashboard.figure")}</Th>
                <Th className={num}>{t("dashboard.done")}</Th>
                {inProgress ? <Th className={num}>{t("dashboard.inProgress")}</Th> : null}
                <Th className={num}>{t("dashboard.planned")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {(["DOSSIER", "ON_SITE"] as const).map((kind) => {
                const dossier = kind === "DOSSIER";
                const label = t(dossier ? "dashboard.progress.dossier" : "dashboard.progress.onSite");
                return (
                  <tr key={kind}>
                    <RowHeader>{label}</RowHeader>
                    <CountCell
                      value={dossier ? progress.dossierDone : progress.onSiteDone}
                      href={inspectionsHref(planId, { kind, status: "SIGNED_OFF" })}
                      label={`${label}: ${t("dashboard.done")}`}
                    />
                    {inProgress ? (
                      <CountCell
                        value={dossier ? inProgress.dossier : inProgress.onSite}
                        href={inspectionsHref(planId, { kind, status: "IN_PROGRESS" })}
                        label={`${label}: ${t("dashboard.inProgress")}`}
                      />
                    ) : null}
                    <CountCell
                      value={dossier ? progress.dossierPlanned : progress.onSitePlanned}
                      href={inspectionsHref(planId, { kind })}
                      label={`${label}: ${t("dashboard.planned")}`}
                    />
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <FigureTable
            caption={t("dashboard.progress.completenessCaption", { year: figures.year })}
            heading={t("dashboard.progress.completenessTitle")}
            countHeading={t("dashboard.count")}
          >
            <FigureRow label={t("dashboard.progress.completenessUnits")} value={progress.completenessUnits} />
            <FigureRow label={t("dashboard.progress.completenessAverage")} value={progress.completenessAverage} />
            <FigureRow
              label={t("dashboard.progress.completenessBelow", { threshold: completenessThreshold })}
              value={progress.completenessBelow}
            />
          </FigureTable>
        </div>
      </Card>

      <Card title={t("dashboard.results.title")}>
        <div className="space-y-4">
          {committee ? null : <p className="text-sm text-slate-700">{t("dashboard.signedOffOnly")}</p>}
          <FigureTable
            caption={t("dashboard.results.overallCaption", { year: figures.year })}
            heading={t("dashboard.results.result")}
            countHeading={t("dashboard.count")}
          >
            {resultKeys.map((key) => (
              <FigureRow key={key} label={t(`yearReports.results.${key}`)} value={figures.results[key]} />
            ))}
            <FigureRow label={t("dashboard.results.total")} value={figures.results.total} total />
          </FigureTable>
          <Table caption={t("dashboard.results.scoresCaption", { year: figures.year })}>
            <thead>
              <tr>
                <Th>{t("dashboard.results.band")}</Th>
                <Th className={num}>{t("dashboard.results.dossier")}</Th>
                <Th className={num}>{t("dashboard.results.onSite")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {onSiteScores.map((row) => (
                <tr key={row.band}>
                  <RowHeader>{t(`yearReports.bands.${row.band}`)}</RowHeader>
                  <CountCell value={row.dossier} />
                  <CountCell value={row.onSite} />
                </tr>
              ))}
            </tbody>
          </Table>
          <Table caption={t("dashboard.results.byKindCaption", { year: figures.year })}>
            <thead>
              <tr>
                <Th>{t("dashboard.results.kind")}</Th>
                {resultKeys.map((key) => (
                  <Th key={key} className={num}>
                    {t(`yearReports.results.${key}`)}
                  </Th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {figures.resultsByKind.map((row) => (
                <tr key={row.kind}>
                  <RowHeader>{row.kind}</RowHeader>
                  {resultKeys.map((key) => (
                    <CountCell key={key} value={row[key]} />
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      </Card>

      <Card title={t("dashboard.findings.title")}>
        {figures.severity.total === 0 ? (
          <p className="text-slate-700">{t("dashboard.findings.none")}</p>
        ) : (
          <div className="space-y-4">
            <Table caption={t("dashboard.findings.paretoCaption", { year: figures.year })}>
              <thead>
                <tr>
                  <Th>{t("dashboard.findings.group")}</Th>
                  <Th className={num}>{t("dashboard.count")}</Th>
                  <Th className={num}>{t("dashboard.percent")}</Th>
                  <Th className={num}>{t("dashboard.findings.cumulative")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {figures.pareto.map((row) => (
                  <tr key={`${row.standard} ${row.group}`}>
                    <RowHeader>
                      {groupLabel(t, { standard: row.standard as ChecklistStandard, group: row.group })}
                    </RowHeader>
                    <CountCell value={row.count} />
                    <CountCell value={row.percent} />
                    <CountCell value={row.cumulativePercent} />
                  </tr>
                ))}
              </tbody>
            </Table>
            <FigureTable
              caption={t("dashboard.findings.severityCaption", { year: figures.year })}
              heading={t("dashboard.findings.severity")}
              countHeading={t("dashboard.count")}
            >
              {severities.map((s) => (
                <FigureRow
                  key={s}
                  label={t(`findings.severities.${s}`)}
                  value={figures.severity[severityField[s]]}
                  href={findingsHref(planId, { severity: s })}
                  linkLabel={`${t("dashboard.findings.title")}: ${t(`findings.severities.${s}`)}`}
                />
              ))}
              <FigureRow
                label={t("dashboard.findings.total")}
                value={figures.severity.total}
                href={findingsHref(planId)}
                linkLabel={`${t("dashboard.findings.title")}: ${t("dashboard.findings.total")}`}
                total
              />
              <FigureRow label={t("dashboard.findings.repeats")} value={figures.repeats} />
            </FigureTable>
          </div>
        )}
      </Card>

      <Card title={t("dashboard.corrective.title")}>
        <FigureTable
          caption={t("dashboard.corrective.caption", { year: figures.year })}
          heading={t("dashboard.figure")}
          countHeading={t("dashboard.count")}
        >
          <FigureRow label={t("dashboard.corrective.nonconformities")} value={figures.corrective.nonconformities} />
          <FigureRow label={t("dashboard.corrective.answered")} value={figures.corrective.answered} />
          <FigureRow label={t("dashboard.corrective.accepted")} value={figures.corrective.accepted} />
          <FigureRow
            label={t("dashboard.corrective.open")}
            value={figures.corrective.nonconformities - figures.corrective.accepted}
          />
          <FigureRow
            label={t("dashboard.corrective.overdue")}
            value={figures.corrective.overdue}
            href={findingsHref(planId, { overdue: true })}
            linkLabel={`${t("dashboard.corrective.title")}: ${t("dashboard.corrective.overdue")}`}
          />
        </FigureTable>
        {figures.overdueUnits.length ? (
          <div className="mt-4">
            <FigureTable
              caption={t("dashboard.corrective.topOverdueCaption", { year: figures.year })}
              heading={t("dashboard.corrective.unit")}
              countHeading={t("dashboard.corrective.overdue")}
            >
              {figures.overdueUnits.map((row) => (
                <FigureRow key={row.agencyId} label={row.name} value={row.overdue} />
              ))}
            </FigureTable>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
