import type { AnnualReport } from "@/lib/generated/prisma/client";
import type { Translate } from "@/lib/i18n";
import { formatCalendarDate } from "@/lib/text/dates";

/** The form data of one version of an annual report. */
export function AnnualReportView({ report, t }: { report: AnnualReport; t: Translate }) {
  const rows: [string, string][] = [
    [t("documents.report.year"), String(report.year)],
    [t("documents.report.scopeDescription"), report.scopeDescription],
    [t("documents.report.procedureCount"), String(report.procedureCount)],
    [t("documents.report.internalAuditDate"), formatCalendarDate(report.internalAuditDate) || "—"],
    [t("documents.report.managementReviewDate"), formatCalendarDate(report.managementReviewDate) || "—"],
    [t("documents.report.scopeChanged"), report.scopeChanged ? t("common.yes") : t("common.no")],
    ...(report.scopeChanged
      ? ([[t("documents.report.reannouncement"), `${report.reannouncementNumber ?? ""} (${formatCalendarDate(report.reannouncementDate)})`]] as [string, string][])
      : []),
    [t("documents.report.improvements"), report.improvements || "—"],
    [t("documents.report.difficulties"), report.difficulties || "—"],
    [t("documents.report.proposals"), report.proposals || "—"],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="whitespace-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
