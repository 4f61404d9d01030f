import type { Metadata } from "next";
import Link from "next/link";
import { CompareSection } from "@/components/inspections/compare/compare-section";
import { ConclusionForm } from "@/components/inspections/conclusion-form";
import { InspectionHeader } from "@/components/inspections/inspection-header";
import { ScorePanel, scorePanelLabels } from "@/components/inspections/score-panel";
import { ReopenForm, SignOffForm } from "@/components/inspections/sign-off";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { findingListHref } from "@/lib/findings/schema";
import { loadInspectionConclusion } from "@/lib/inspections/loaders";
import { formatCalendarDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("inspections.conclusion.title") };
}

export default async function InspectionConclusionPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ inspection, t, can, comparison, score, suggestedNumber }, locale] = await Promise.all([
    loadInspectionConclusion(params),
    getLocale(),
  ]);
  const { labels, groupLabels } = scorePanelLabels(t, score);
  const findings = inspection.items
    .flatMap((i) => (i.finding ? [{ ...i.finding, code: i.checklistItem.code }] : []))
    .sort((a, b) => a.number - b.number);
  const text = (v: string | null) => v || "—";
  return (
    <div className="space-y-6">
      <InspectionHeader inspection={inspection} t={t} current="ket-luan" />
      <Card title={t("inspectionRecord.score.title")}>
        <ScorePanel score={score} locale={locale} labels={labels} groupLabels={groupLabels} />
      </Card>
      {comparison ? <CompareSection comparison={comparison} t={t} locale={locale} /> : null}
      <Card title={t("inspections.conclusion.title")}>
        {can.conclude ? (
          <ConclusionForm
            inspectionId={inspection.id}
            lockVersion={inspection.lockVersion}
            suggestedNumber={suggestedNumber ?? ""}
            values={{
              recordNumber: inspection.recordNumber ?? "",
              recordDate: formatCalendarDate(inspection.recordDate),
              representativeName: inspection.representativeName ?? "",
              representativeTitle: inspection.representativeTitle ?? "",
              overallResult: inspection.overallResult ?? "",
              strengths: inspection.strengths,
              shortcomings: inspection.shortcomings,
              recommendations: inspection.recommendations,
            }}
          />
        ) : (
          <>
            {inspection.status !== "SIGNED_OFF" ? (
              <Alert tone="info">{t("inspections.conclusion.onlyLead")}</Alert>
            ) : null}
            <dl className="grid grid-cols-[minmax(10rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="font-semibold">{t("inspections.conclusion.recordNumber")}</dt>
              <dd>{text(inspection.recordNumber)}</dd>
              <dt className="font-semibold">{t("inspections.conclusion.recordDate")}</dt>
              <dd>{text(formatCalendarDate(inspection.recordDate))}</dd>
              <dt className="font-semibold">{t("inspections.conclusion.representativeName")}</dt>
              <dd>
                {text(inspection.representativeName)}
                {inspection.representativeTitle ? `, ${inspection.representativeTitle}` : ""}
              </dd>
              <dt className="font-semibold">{t("inspections.conclusion.overallResult")}</dt>
              <dd>{inspection.overallResult ? t(`inspections.overall.${inspection.overallResult}`) : "—"}</dd>
              <dt className="font-semibold">{t("inspections.conclusion.strengths")}</dt>
              <dd className="whitespace-pre-line">{text(inspection.strengths)}</dd>
              <dt className="font-semibold">{t("inspections.conclusion.shortcomings")}</dt>
              <dd className="whitespace-pre-line">{text(inspection.shortcomings)}</dd>
              <dt className="font-semibold">{t("inspections.conclusion.recommendations")}</dt>
              <dd className="whitespace-pre-line">{text(inspection.recommendations)}</dd>
            </dl>
          </>
        )}
      </Card>
      <Card
        title={t("inspections.findingsCount")}
        action={
          <Link className="text-sm text-blue-800 underline" href={findingListHref({ inspection: inspection.id })}>
            {t("inspections.tabs.findings")}
          </Link>
        }
      >
        {findings.length ? (
          <Table caption={t("inspections.findingsCount")}>
            <thead>
              <tr>
                <Th>#</Th>
                <Th>{t("inspections.finding.legalBasis")}</Th>
                <Th>{t("inspections.finding.severity")}</Th>
                <Th>{t("inspections.finding.description")}</Th>
                <Th>{t("inspections.finding.requiredAction")}</Th>
                <Th>{t("inspections.finding.dueDate")}</Th>
              </tr>
            </thead>
            <tbody>
              {findings.map((f) => (
                <tr key={f.id}>
                  <td className="tabular-nums">{f.number}</td>
                  <td>{f.legalBasis || f.clause}</td>
                  <td>{t(`inspections.severity.${f.severity}`)}</td>
                  <td className="whitespace-pre-line">{f.description || "—"}</td>
                  <td className="whitespace-pre-line">{f.requiredAction || "—"}</td>
                  <td className="tabular-nums">{formatCalendarDate(f.dueDate) || "—"}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-sm">{t("inspections.finding.none")}</p>
        )}
      </Card>
      {/* Kept for the lead once signed off, so the confirmation of the step just taken stays on screen. */}
      {can.signOff || (inspection.status === "SIGNED_OFF" && inspection.membership?.role === "LEAD") ? (
        <Card title={t("inspections.signOff.title")}>
          <SignOffForm
            inspectionId={inspection.id}
            lockVersion={inspection.lockVersion}
            signed={inspection.status === "SIGNED_OFF"}
          />
        </Card>
      ) : null}
      {can.reopen ? (
        <Card title={t("inspections.reopen.title")}>
          <ReopenForm inspectionId={inspection.id} />
        </Card>
      ) : null}
      {inspection.events.length ? (
        <Card title={t("inspections.events.title")}>
          <ol className="space-y-2 text-sm">
            {inspection.events.map((e) => (
              <li key={e.id} className="border-l-4 border-slate-300 pl-3">
                <p className="font-semibold">{t.raw(`inspections.events.${e.action}`)}</p>
                <p className="text-slate-700">
                  {formatDateTime(e.at)}
                  {e.actorId ? ` · ${inspection.names[e.actorId] ?? ""}` : ""}
                </p>
                {e.comment ? <p className="whitespace-pre-line">{e.comment}</p> : null}
              </li>
            ))}
          </ol>
        </Card>
      ) : null}
    </div>
  );
}
