import { DescriptionList } from "@/components/ui/description-list";
import type { AnnualReport } from "@/lib/documents/loaders";
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
      ? ([
          [
            t("documents.report.reannouncement"),
            `${report.reannouncementNumber ?? ""} (${formatCalendarDate(report.reannouncementDate)})`,
          ],
        ] as [string, string][])
      : []),
    [t("documents.report.improvements"), report.improvements || "—"],
    [t("documents.report.difficulties"), report.difficulties || "—"],
    [t("documents.report.proposals"), report.proposals || "—"],
  ];
  return <DescriptionList rows={rows} />;
}
