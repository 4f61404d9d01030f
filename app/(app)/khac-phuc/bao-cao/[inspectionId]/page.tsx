import type { Metadata } from "next";
import Link from "next/link";
import { AnswerForm } from "@/components/findings/answer-form";
import { Card, PageHeader } from "@/components/ui/card";
import { uploadLimitLabel } from "@/lib/documents/upload/limits";
import { loadCorrectiveReportPage } from "@/lib/findings/loaders";
import { formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

type Params = { params: Promise<{ inspectionId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("corrective.title") };
}

/**
 * One inspection's corrective-action reports (TT26 Đ37): the form that answers at once every nonconformity
 * awaiting the unit (one report, all or nothing), and the reports already sent, with what each held.
 */
export default async function CorrectiveReportPage({ params }: Params) {
  const [{ inspection, answerable, reports, records }, t] = await Promise.all([
    loadCorrectiveReportPage(params),
    getTranslator(),
  ]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/khac-phuc" className="text-blue-800 underline">
          ← {t("corrective.report.back")}
        </Link>
      </p>
      <PageHeader
        title={t("corrective.report.title", { unit: inspection.agency.name })}
        lead={`${inspection.plan.number} (${inspection.plan.year}) — ${t(`findings.kinds.${inspection.kind}`)}`}
      />
      {answerable.length ? (
        <Card title={t("corrective.answerAll")}>
          <p className="mb-4 text-sm text-slate-700">{t("corrective.report.lead")}</p>
          <AnswerForm
            findings={answerable.map((f) => ({
              id: f.id,
              label: `${t("corrective.report.finding", { number: f.number, clause: f.clause })} — ${f.description}`,
            }))}
            inspectionId={inspection.id}
            records={records.map((r) => ({
              value: r.id,
              label: t("corrective.thread.recordVersion", { title: r.record.title, number: r.number }),
            }))}
            maxSizeLabel={uploadLimitLabel()}
            done={`/khac-phuc/bao-cao/${inspection.id}`}
            submitLabel={t("corrective.report.submit")}
          />
        </Card>
      ) : (
        <p>{t("corrective.report.nothing")}</p>
      )}
      <Card title={t("corrective.report.history")}>
        {reports.length ? (
          <ul className="space-y-3">
            {reports.map((r) => (
              <li key={r.id}>
                <p className="font-semibold">
                  {t("corrective.report.historyRow", {
                    at: formatDateTime(r.submittedAt),
                    name: r.submittedBy,
                    count: r.answers.length,
                  })}
                  {r.note ? ` — ${r.note}` : ""}
                </p>
                <ul className="list-disc pl-5">
                  {r.answers.map((a) => (
                    <li key={a.id}>
                      <Link href={`/phat-hien/${a.finding.id}`} className="text-blue-800 underline">
                        {t("corrective.report.findingShort", { number: a.finding.number })}
                      </Link>{" "}
                      — {t("corrective.thread.round", { round: a.round })}: {t(`corrective.answerStatuses.${a.status}`)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("corrective.report.historyEmpty")}</p>
        )}
      </Card>
    </div>
  );
}
