import type { Metadata } from "next";
import Link from "next/link";
import { UploadForm } from "@/components/documents/upload-form";
import { Card, PageHeader } from "@/components/ui/card";
import { loadNewRecordPage } from "@/lib/documents/loaders";
import { uploadLimitLabel } from "@/lib/documents/upload/limits";
import { uploadCategories } from "@/lib/documents/schema";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("documents.upload.title") };
}

/** A new record of the officer's own unit. DOST does not upload on a unit's behalf (see lib/documents/policy.ts). */
export default async function NewRecordPage() {
  const [{ plans }, t] = await Promise.all([loadNewRecordPage(), getTranslator()]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/ho-so" className="text-blue-800 underline">
          ← {t("documents.back")}
        </Link>
      </p>
      <PageHeader title={t("documents.upload.title")} lead={t("documents.upload.lead")} />
      <p className="text-sm">
        {t("documents.upload.annualReportHint")}{" "}
        <Link className="text-blue-800 underline" href="/ho-so/bao-cao-nam/moi">
          {t("documents.report.title")}
        </Link>
      </p>
      <Card>
        <UploadForm
          action="/api/ho-so"
          maxSizeLabel={uploadLimitLabel()}
          categories={uploadCategories.map((c) => ({ value: c, label: t(`documents.categories.${c}`) }))}
          plans={plans.map((p) => ({ value: p.id, label: `${p.number} (${p.year})` }))}
        />
      </Card>
    </div>
  );
}
