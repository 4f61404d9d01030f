import type { Metadata } from "next";
import Link from "next/link";
import { UploadForm } from "@/components/documents/upload-form";
import { Card, PageHeader } from "@/components/ui/card";
import { uploadLimitLabel } from "@/lib/documents/upload/limits";
import { loadNewVersionPage } from "@/lib/documents/loaders";
import { getTranslator } from "@/lib/i18n/server";
import { formatCalendarDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("documents.record.newVersion") };
}

/** The officer's new version of a record (answering a revision, or replacing a record that changed). */
export default async function NewVersionPage({ params }: { params: Promise<{ id: string }> }) {
  const { record, latest, revision, t } = await loadNewVersionPage(params);
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/ho-so/${record.id}`} className="text-blue-800 underline">
          ← {record.title}
        </Link>
      </p>
      <PageHeader
        title={`${t("documents.record.newVersion")}: ${record.title}`}
        lead={t("documents.record.newVersionLead", { version: latest.number + 1 })}
      />
      {revision?.reviewComment ? (
        <Card title={t("documents.record.revisionAsked")}>
          <p className="whitespace-pre-line text-sm">{revision.reviewComment}</p>
        </Card>
      ) : null}
      <Card>
        <UploadForm
          action={`/api/ho-so/${record.id}/phien-ban`}
          maxSizeLabel={uploadLimitLabel()}
          initial={{
            effectiveDate: formatCalendarDate(latest.effectiveDate),
            periodFrom: formatCalendarDate(latest.periodFrom),
            periodTo: formatCalendarDate(latest.periodTo),
          }}
        />
      </Card>
    </div>
  );
}
