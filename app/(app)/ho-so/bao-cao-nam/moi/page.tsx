import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnualReportForm } from "@/components/documents/annual-report-form";
import { Card, PageHeader } from "@/components/ui/card";
import { scopeFor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { canRecord } from "@/lib/documents/policy";
import { getTranslator } from "@/lib/i18n/server";
import { latestAnnualReport } from "@/lib/reports/data";
import { formatCalendarDate, todayInVietnam } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("documents.report.title") };
}

/** The unit's annual QMS report for `?nam=` (default: this year), starting from its latest version of that year. */
export default async function AnnualReportPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  if (!canRecord(actor, "submitAnnualReport")) notFound();
  const thisYear = todayInVietnam().getUTCFullYear();
  const asked = Number((await searchParams).nam ?? thisYear);
  if (!Number.isInteger(asked) || asked < 2014 || asked > thisYear) notFound();
  const [t, previous] = await Promise.all([getTranslator(), latestAnnualReport(scopeFor(actor), actor.agencyId!, asked)]);
  return (
    <div className="space-y-6">
      <p>
        <Link href={previous ? `/ho-so/${previous.version.recordId}` : "/ho-so"} className="text-blue-800 underline">← {t("documents.back")}</Link>
      </p>
      <PageHeader title={t("documents.report.titleYear", { year: asked })} lead={t("documents.report.lead")} />
      <nav aria-label={t("documents.report.years")} className="flex flex-wrap gap-2 text-sm">
        {[thisYear, thisYear - 1, thisYear - 2].map((year) => (
          <Link key={year} href={`/ho-so/bao-cao-nam/moi?nam=${year}`} aria-current={year === asked ? "page" : undefined} className={`rounded border px-3 py-2 ${year === asked ? "border-blue-800 bg-blue-50 font-semibold" : "border-slate-400"}`}>
            {year}
          </Link>
        ))}
      </nav>
      {previous ? <p className="text-sm">{t("documents.report.previous", { version: previous.version.number, status: t(`documents.statuses.${previous.version.status}`) })}</p> : null}
      <Card>
        <AnnualReportForm
          key={asked}
          year={asked}
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
    </div>
  );
}
