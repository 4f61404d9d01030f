import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/inspections/minutes/print-button";
import { MinutesConclusion } from "@/components/inspections/minutes/minutes-conclusion";
import { MinutesFindings } from "@/components/inspections/minutes/minutes-findings";
import { MinutesFollowUps } from "@/components/inspections/minutes/minutes-follow-ups";
import { MinutesHeader } from "@/components/inspections/minutes/minutes-header";
import { MinutesParties } from "@/components/inspections/minutes/minutes-parties";
import { MinutesResults } from "@/components/inspections/minutes/minutes-results";
import { MinutesSection } from "@/components/inspections/minutes/minutes-section";
import { ScorePanel, scorePanelLabels } from "@/components/inspections/score-panel";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { loadInspectionMinutes } from "@/lib/inspections/loaders";
import { minutesFileHref } from "@/lib/inspections/minutes/files";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [minutes, t] = await Promise.all([loadInspectionMinutes((await params).id), getTranslator()]);
  return { title: t("inspectionRecord.pageTitle", { unit: minutes.agency.name }) };
}

/** The printable inspection minutes (biên bản kiểm tra, TT26 Mẫu 21. BBKT): A4 on paper, read-only on screen. */
export default async function InspectionMinutesPage({ params }: Params) {
  const [minutes, t, locale] = await Promise.all([
    loadInspectionMinutes((await params).id),
    getTranslator(),
    getLocale(),
  ]);
  const { labels, groupLabels } = scorePanelLabels(t, minutes.score);
  return (
    <div className="space-y-4">
      {/* Whoever reads the minutes reads the inspection too: both are scoped by inspectionVisibility. */}
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/kiem-tra/${minutes.id}`} className="text-blue-800 underline">
          ← {t("inspectionRecord.back")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <a href={minutesFileHref(minutes.id, "docx")} download className="text-blue-800 underline">
            {t("inspectionRecord.document.downloadDocx")}
          </a>
          <a href={minutesFileHref(minutes.id, "pdf")} download className="text-blue-800 underline">
            {t("inspectionRecord.document.downloadPdf")}
          </a>
          <PrintButton label={t("inspectionRecord.print")} />
        </div>
      </div>
      <article
        aria-label={t("inspectionRecord.title")}
        className="relative mx-auto max-w-[210mm] space-y-6 bg-white p-6 font-serif text-[15px] leading-relaxed text-black shadow-md sm:p-10 print:max-w-none print:p-0 print:text-[13pt] print:shadow-none"
      >
        <MinutesHeader minutes={minutes} t={t} />
        <MinutesParties minutes={minutes} t={t} />
        <MinutesSection title={t("inspectionRecord.results.title")}>
          <MinutesResults minutes={minutes} t={t} locale={locale} />
        </MinutesSection>
        <MinutesSection title={t("inspectionRecord.score.title")}>
          <ScorePanel score={minutes.score} locale={locale} labels={labels} groupLabels={groupLabels} />
        </MinutesSection>
        <MinutesSection title={t("inspectionRecord.findings.title")}>
          <MinutesFindings findings={minutes.findings} t={t} />
        </MinutesSection>
        {minutes.followUps.length ? (
          <MinutesSection title={t("inspections.followUp.minutesTitle")}>
            <MinutesFollowUps followUps={minutes.followUps} t={t} />
          </MinutesSection>
        ) : null}
        <MinutesConclusion minutes={minutes} t={t} />
      </article>
    </div>
  );
}
