import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PrintButton } from "@/components/inspections/record/print-button";
import { RecordConclusion } from "@/components/inspections/record/record-conclusion";
import { RecordFindings } from "@/components/inspections/record/record-findings";
import { RecordHeader } from "@/components/inspections/record/record-header";
import { RecordParties } from "@/components/inspections/record/record-parties";
import { RecordResults } from "@/components/inspections/record/record-results";
import { RecordSection } from "@/components/inspections/record/record-section";
import { ScorePanel, scorePanelLabels } from "@/components/inspections/score-panel";
import { scopeFor } from "@/lib/auth/scope";
import { requireActor } from "@/lib/auth/session";
import { idSchema } from "@/lib/ids";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { getInspectionRecord } from "@/lib/inspections/record";

type Params = { params: Promise<{ id: string }> };

/** The record as the actor may see it, or 404 (also for an officer before sign-off and for another unit). */
const loadRecord = cache(async (rawId: string) => {
  const actor = await requireActor();
  const id = idSchema.safeParse(rawId);
  if (!id.success) notFound();
  const record = await getInspectionRecord(scopeFor(actor), id.data);
  if (!record) notFound();
  return record;
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [record, t] = await Promise.all([loadRecord((await params).id), getTranslator()]);
  return { title: t("inspectionRecord.pageTitle", { unit: record.agency.name }) };
}

/** The printable inspection record (biên bản kiểm tra, TT26 Mẫu 21. BBKT): A4 on paper, read-only on screen. */
export default async function InspectionRecordPage({ params }: Params) {
  const [record, t, locale] = await Promise.all([loadRecord((await params).id), getTranslator(), getLocale()]);
  const { labels, groupLabels } = scorePanelLabels(t, record.score);
  return (
    <div className="space-y-4">
      {/* Whoever reads the record reads the inspection too: both are scoped by inspectionVisibility. */}
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/kiem-tra/${record.id}`} className="text-blue-800 underline">
          ← {t("inspectionRecord.back")}
        </Link>
        <PrintButton label={t("inspectionRecord.print")} />
      </div>
      <article
        aria-label={t("inspectionRecord.title")}
        className="relative mx-auto max-w-[210mm] space-y-6 bg-white p-6 font-serif text-[15px] leading-relaxed text-black shadow-md sm:p-10 print:max-w-none print:p-0 print:text-[13pt] print:shadow-none"
      >
        <RecordHeader record={record} t={t} />
        <RecordParties record={record} t={t} />
        <RecordSection title={t("inspectionRecord.results.title")}>
          <RecordResults record={record} t={t} locale={locale} />
        </RecordSection>
        <RecordSection title={t("inspectionRecord.score.title")}>
          <ScorePanel score={record.score} locale={locale} labels={labels} groupLabels={groupLabels} />
        </RecordSection>
        <RecordSection title={t("inspectionRecord.findings.title")}>
          <RecordFindings findings={record.findings} t={t} />
        </RecordSection>
        <RecordConclusion record={record} t={t} />
      </article>
    </div>
  );
}
