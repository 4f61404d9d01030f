import type { Metadata } from "next";
import Link from "next/link";
import { AnnualReportForm } from "@/components/documents/annual-report-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { ChoiceForm } from "@/components/ui/choice-form";
import { getTranslator } from "@/lib/i18n/server";
import { loadAnnualReportPage } from "@/lib/reports/loaders";
import { formatCalendarDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("documents.report.title") };
}

/**
 * The unit's annual QMS report for `?nam=`: the years offered are those of the plans the unit is in
 * (annualReportYears, newest first, the default); the form starts from the unit's latest version of that year.
 */
export default async function AnnualReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [t, { years, param, year, previous }] = await Promise.all([
    getTranslator(),
    loadAnnualReportPage(searchParams),
  ]);
  return (
    <div className="space-y-6">
      <p>
        <Link href={previous ? `/ho-so/${previous.version.recordId}` : "/ho-so"} className="text-blue-800 underline">
          ← {t("documents.back")}
        </Link>
      </p>
      <PageHeader
        title={year !== null ? t("documents.report.titleYear", { year }) : t("documents.report.title")}
        lead={t("documents.report.lead")}
      />
      {years.length ? (
        <ChoiceForm
          label={t("documents.report.years")}
          name="nam"
          value={year !== null ? String(year) : undefined}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          submitLabel={t("documents.report.openYear")}
        />
      ) : null}
      <Alert tone="info">
        {!years.length
          ? t("documents.report.noYears")
          : year === null
            ? t("documents.report.yearNotOpen", { year: String(param) })
            : null}
      </Alert>
      {year !== null && previous ? (
        <p className="text-sm">
          {t("documents.report.previous", {
            version: previous.version.number,
            status: t(`documents.statuses.${previous.version.status}`),
          })}
        </p>
      ) : null}
      {year !== null ? (
        <Card>
          <AnnualReportForm
            key={year}
            year={year}
            values={{
              scopeDescription: previous?.scopeDescription ?? "",
              procedureCount: previous ? String(previous.procedureCount) : "",
              internalAuditDate: formatCalendarDate(previous?.internalAuditDate),
              managementReviewDate: formatCalendarDate(previous?.managementReviewDate),
              scopeChanged: previous?.scopeChanged ?? false,
              reannouncementNumber: previous?.reannouncementNumber ?? "",
              reannouncementDate: formatCalendarDate(previous?.reannouncementDate),
              improvements: previous?.improvements ?? "",
              difficulties: previous?.difficulties ?? "",
              proposals: previous?.proposals ?? "",
            }}
          />
        </Card>
      ) : null}
    </div>
  );
}
