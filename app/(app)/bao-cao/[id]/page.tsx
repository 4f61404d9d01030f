import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { FigureTables } from "@/components/year-reports/figure-tables";
import { NarrativeForm } from "@/components/year-reports/narrative-form";
import { RefreshFigures } from "@/components/year-reports/refresh-figures";
import { ReportDiff } from "@/components/year-reports/report-diff";
import { YearReportWorkflow } from "@/components/year-reports/workflow";
import { formatDateTime } from "@/lib/dates";
import { getTranslator } from "@/lib/i18n/server";
import { formatCalendarDate } from "@/lib/text/dates";
import { loadYearReportPage } from "@/lib/year-reports/loaders";
import { narrativeSections } from "@/lib/year-reports/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("yearReports.title") };
}

export default async function YearReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { t, report, figures, tables, narrative, diff, names, actions, editable, refreshable, sent, correctable } =
    await loadYearReportPage(params);
  const [y, m, d] = figures.asOf.split("-");
  const sections = narrativeSections[report.kind].map((key) => ({
    key,
    label: t(`yearReports.sections.${key}`),
    text: narrative[key] ?? "",
  }));
  return (
    <div className="space-y-6">
      <PageHeader
        title={`${t(`yearReports.kinds.${report.kind}`)} — ${report.year}`}
        lead={`${t("yearReports.versionLabel", { version: report.version })} · ${t(`yearReports.statuses.${report.status}`)}`}
      >
        <a href={`/bao-cao/${report.id}/bao-cao.docx`} className={buttonClass("secondary")} download>
          {t("yearReports.detail.downloadDocx")}
        </a>
        <a href={`/bao-cao/${report.id}/bao-cao.pdf`} className={buttonClass("secondary")} download>
          {t("yearReports.detail.downloadPdf")}
        </a>
        <a href={`/bao-cao/${report.id}/bao-cao.xlsx`} className={buttonClass("secondary")} download>
          {t("yearReports.detail.downloadXlsx")}
        </a>
      </PageHeader>
      {sent ? <Alert tone="info">{t("yearReports.detail.readOnly")}</Alert> : null}
      {report.returnComment && (report.status === "RETURNED" || report.status === "RETURNED_BY_COMMITTEE") ? (
        <Alert tone="error">{t("yearReports.detail.returned", { comment: report.returnComment })}</Alert>
      ) : null}
      <Card>
        <ul className="space-y-1 text-sm">
          {report.approvalNumber && report.approvalDate ? (
            <li>
              {t("yearReports.detail.approval", {
                number: report.approvalNumber,
                date: formatCalendarDate(report.approvalDate),
              })}
            </li>
          ) : null}
          {report.committeeNumber && report.committeeDate ? (
            <li>
              {t("yearReports.detail.committeeDecision", {
                number: report.committeeNumber,
                date: formatCalendarDate(report.committeeDate),
              })}
            </li>
          ) : null}
          {report.previous ? (
            <li>
              <Link href={`/bao-cao/${report.previous.id}`} className="text-blue-800 underline">
                {t("yearReports.detail.previous")} (
                {t("yearReports.versionLabel", { version: report.previous.version })})
              </Link>
            </li>
          ) : null}
          {report.correction ? (
            <li>
              <Link href={`/bao-cao/${report.correction.id}`} className="text-blue-800 underline">
                {t("yearReports.detail.correction")} (
                {t("yearReports.versionLabel", { version: report.correction.version })})
              </Link>
            </li>
          ) : null}
        </ul>
        {actions.length || correctable ? (
          <div className="mt-4">
            <YearReportWorkflow id={report.id} actions={actions} correctable={correctable} />
          </div>
        ) : null}
      </Card>
      <Card title={t("yearReports.detail.narrative")}>
        {editable ? (
          <NarrativeForm id={report.id} lockVersion={report.lockVersion} sections={sections} />
        ) : (
          <dl className="space-y-3">
            {sections.map((s) => (
              <div key={s.key}>
                <dt className="font-semibold">{s.label}</dt>
                <dd className="whitespace-pre-line">{s.text || t("yearReports.detail.noText")}</dd>
              </div>
            ))}
          </dl>
        )}
      </Card>
      <Card title={t("yearReports.detail.figures")}>
        <p className="mb-1 font-semibold">{t("yearReports.detail.asOfLine", { date: `${d}/${m}/${y}` })}</p>
        <p className="mb-4 text-sm text-slate-700">
          {report.frozenAt
            ? t("yearReports.detail.frozen", { at: formatDateTime(report.frozenAt) })
            : report.figuresComputedAt
              ? t("yearReports.detail.computed", { at: formatDateTime(report.figuresComputedAt) })
              : t("yearReports.detail.live")}
        </p>
        {refreshable ? (
          <div className="mb-4 max-w-md">
            <RefreshFigures id={report.id} />
          </div>
        ) : null}
        <FigureTables tables={tables} empty={t("yearReports.detail.noRows")} />
      </Card>
      {diff ? (
        <Card title={t("yearReports.diff.title", { version: diff.version })}>
          <ReportDiff
            narrative={diff.narrative}
            figures={diff.figures}
            sectionLabel={Object.fromEntries(sections.map((s) => [s.key, s.label]))}
            labels={{
              title: t("yearReports.diff.title", { version: diff.version }),
              narrative: t("yearReports.diff.narrative"),
              figures: t("yearReports.diff.figures"),
              none: t("yearReports.diff.none"),
              before: t("yearReports.diff.before"),
              after: t("yearReports.diff.after"),
              table: t("yearReports.diff.table"),
              row: t("yearReports.diff.row"),
              column: t("yearReports.diff.column"),
            }}
          />
        </Card>
      ) : null}
      <Card title={t("yearReports.detail.history")}>
        <ol className="space-y-1 text-sm">
          {report.events.map((e) => (
            <li key={e.id}>
              <span className="tabular-nums">{formatDateTime(e.at)}</span> — {t.raw(`yearReports.events.${e.action}`)}
              {e.actorId ? ` (${names.get(e.actorId) ?? ""})` : ""}
              {e.comment ? `: ${e.comment}` : ""}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
