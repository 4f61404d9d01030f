import type { Metadata } from "next";
import Link from "next/link";
import { AnnualReportView } from "@/components/documents/annual-report-view";
import { FilePreview } from "@/components/documents/file-preview";
import { RecordThread } from "@/components/documents/record-thread";
import { ReviewForm } from "@/components/documents/review-form";
import { ReviewBadge } from "@/components/documents/status-badge";
import { VersionList } from "@/components/documents/version-list";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { loadRecordPage } from "@/lib/documents/loaders";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("documents.title") };
}

export default async function RecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { record, selected, report, can, t, locale } = await loadRecordPage(params, searchParams);
  const latest = record.versions[0]!;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/ho-so" className="text-blue-800 underline">
          ← {t("documents.back")}
        </Link>
      </p>
      <PageHeader
        title={record.title}
        lead={`${t(`documents.categories.${record.category}`)} · ${record.agency.name}${record.plan ? ` · ${record.plan.number} (${record.plan.year})` : ""}`}
      >
        <div className="flex flex-wrap items-center gap-2">
          <ReviewBadge status={record.status} label={t(`documents.statuses.${record.status}`)} />
          {can.addVersion ? (
            <Link href={`/ho-so/${record.id}/phien-ban-moi`} className={buttonClass("primary")}>
              {t("documents.record.newVersion")}
            </Link>
          ) : null}
          {can.resubmitReport && report ? (
            <Link href={`/ho-so/bao-cao-nam/moi?nam=${report.year}`} className={buttonClass("primary")}>
              {t("documents.report.resubmit")}
            </Link>
          ) : null}
        </div>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {selected.annualReport ? (
            <Card title={t("documents.report.formData", { version: selected.number })}>
              <AnnualReportView report={selected.annualReport} t={t} />
            </Card>
          ) : (
            <Card title={t("documents.record.preview", { version: selected.number })}>
              <FilePreview files={selected.files} t={t} />
            </Card>
          )}
          <Card title={t("documents.record.versions")}>
            <VersionList record={record} selected={selected.number} t={t} locale={locale} />
          </Card>
        </div>
        <div className="space-y-6">
          {can.review ? (
            <Card title={t("documents.review.title", { version: latest.number })}>
              <ReviewForm versionId={latest.id} open={latest.status === "SUBMITTED"} />
            </Card>
          ) : null}
          <Card title={t("documents.record.thread")}>
            <RecordThread record={record} t={t} />
          </Card>
        </div>
      </div>
    </div>
  );
}
