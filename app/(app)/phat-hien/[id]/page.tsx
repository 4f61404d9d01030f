import { DescriptionList } from "@/components/ui/description-list";
import type { Metadata } from "next";
import Link from "next/link";
import { AnswerForm } from "@/components/findings/answer-form";
import {
  AcknowledgeForm,
  ExtensionDecisionForm,
  ExtensionRequestForm,
  VerifyForm,
} from "@/components/findings/corrective-forms";
import { CorrectiveThread } from "@/components/findings/corrective-thread";
import { DueDate } from "@/components/findings/due-date";
import { RepeatBadge } from "@/components/findings/repeat-badge";
import { SeverityBadge } from "@/components/findings/severity-badge";
import { uploadLimitLabel } from "@/lib/documents/upload/limits";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { loadFindingThreadPage } from "@/lib/findings/loaders";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { formatCalendarDate } from "@/lib/text/dates";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("findings.title") };
}

/**
 * One finding: what was found, what must be done by when, the record and item it comes from, its
 * corrective-action thread, and the forms the actor may use on it now (answer, acknowledge, ask for more
 * time; verify, decide the extension).
 */
export default async function FindingPage({ params }: Params) {
  const [{ finding, thread, records, can, today }, t, locale] = await Promise.all([
    loadFindingThreadPage(params),
    getTranslator(),
    getLocale(),
  ]);
  const { inspection, item } = finding;
  const waitingAnswer = thread.answers.find((a) => a.status === "SUBMITTED");
  const waitingExtension = thread.extensions.find((e) => e.status === "REQUESTED");
  const acts = can.answer || can.acknowledge || can.requestExtension || can.verify || can.decideExtension;
  const none = t("findings.detail.none");
  return (
    <div className="space-y-6">
      <p>
        <Link href="/phat-hien" className="text-blue-800 underline">
          ← {t("findings.detail.back")}
        </Link>
      </p>
      <PageHeader title={t("findings.detail.title", { number: finding.number, unit: finding.agency.name })}>
        {finding.repeatOfId ? <RepeatBadge label={t("corrective.repeat")} title={t("corrective.repeatTitle")} /> : null}
        {inspection.status === "SIGNED_OFF" ? (
          <Link href={`/khac-phuc/bao-cao/${inspection.id}`} className={buttonClass("secondary")}>
            {t("corrective.reportsLink")}
          </Link>
        ) : null}
        <Link href={`/kiem-tra/${inspection.id}/bien-ban`} className={buttonClass("secondary")}>
          {t("findings.detail.openRecord")}
        </Link>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title={t("findings.detail.finding")}>
            <DescriptionList
              rows={[
                [t("findings.detail.clause"), finding.clause],
                [t("findings.detail.legalBasis"), finding.legalBasis || none],
                [
                  t("findings.detail.severity"),
                  <SeverityBadge
                    key="s"
                    severity={finding.severity}
                    label={t(`findings.severities.${finding.severity}`)}
                  />,
                ],
                [
                  t("findings.detail.status"),
                  finding.resolution
                    ? `${t(`findings.statuses.${finding.status}`)} — ${t(`corrective.resolutions.${finding.resolution}`)}`
                    : t(`findings.statuses.${finding.status}`),
                ],
                [t("findings.detail.description"), finding.description || none],
                [t("findings.detail.requiredAction"), finding.requiredAction || none],
                [t("findings.detail.dueDate"), <DueDate key="d" finding={finding} today={today} t={t} />],
              ]}
            />
          </Card>
          <Card title={t("corrective.thread.title")}>
            <CorrectiveThread findingId={finding.id} thread={thread} t={t} />
          </Card>
          {can.answer ? (
            <Card
              title={finding.status === "REJECTED" ? t("corrective.forms.answerAgain") : t("corrective.forms.answer")}
            >
              <p className="mb-4 text-sm text-slate-700">{t("corrective.forms.answerLead")}</p>
              <AnswerForm
                findings={[{ id: finding.id, label: `${finding.number}. ${finding.clause}` }]}
                records={records.map((r) => ({
                  value: r.id,
                  label: t("corrective.thread.recordVersion", { title: r.record.title, number: r.number }),
                }))}
                maxSizeLabel={uploadLimitLabel()}
                done={`/phat-hien/${finding.id}`}
                submitLabel={t("corrective.forms.submitAnswer")}
              />
            </Card>
          ) : null}
          {can.acknowledge ? (
            <Card title={t("corrective.forms.acknowledge")}>
              <AcknowledgeForm findingId={finding.id} />
            </Card>
          ) : null}
          {can.verify && waitingAnswer ? (
            <Card title={t("corrective.forms.verify", { round: waitingAnswer.round })}>
              <VerifyForm answerId={waitingAnswer.id} />
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          {can.requestExtension ? (
            <Card title={t("corrective.forms.requestExtension")}>
              <ExtensionRequestForm findingId={finding.id} />
            </Card>
          ) : null}
          {can.decideExtension && waitingExtension ? (
            <Card title={t("corrective.forms.decideExtension")}>
              <p className="mb-3">
                {t("corrective.thread.extension", {
                  date: formatCalendarDate(waitingExtension.requestedDate),
                  previous: formatCalendarDate(waitingExtension.previousDueDate),
                  reason: waitingExtension.reason,
                })}
              </p>
              <ExtensionDecisionForm extensionId={waitingExtension.id} />
            </Card>
          ) : null}
          {!acts ? (
            <p className="text-sm text-slate-700">
              {inspection.status === "SIGNED_OFF" ? t("corrective.forms.readOnly") : t("corrective.forms.notSignedOff")}
            </p>
          ) : null}
          <Card title={t("findings.detail.inspection")}>
            <DescriptionList
              rows={[
                [t("findings.detail.plan"), `${inspection.plan.number} (${inspection.plan.year})`],
                [t("findings.detail.kind"), t(`inspectionRecord.kinds.${inspection.kind}`)],
                [
                  t("findings.detail.recordDate"),
                  inspection.recordDate ? formatCalendarDate(inspection.recordDate) : none,
                ],
                [
                  t("findings.detail.signedOff"),
                  inspection.signedOffAt ? formatDateTime(inspection.signedOffAt) : t("findings.detail.notSigned"),
                ],
              ]}
            />
          </Card>
          <Card title={t("findings.detail.item")}>
            <DescriptionList
              rows={[
                [
                  item.checklistItem.code,
                  `${item.checklistItem.clause} — ${locale === "vi" ? item.checklistItem.titleVi : item.checklistItem.titleEn}`,
                ],
                [
                  t("findings.detail.itemResult"),
                  item.result
                    ? t(`inspectionRecord.results.labels.${item.result}`)
                    : t("inspectionRecord.results.unassessed"),
                ],
                [t("findings.detail.itemNote"), item.note || none],
              ]}
            />
          </Card>
        </div>
      </div>
    </div>
  );
}
