import { DescriptionList } from "@/components/ui/description-list";
import type { Metadata } from "next";
import Link from "next/link";
import { DueDate } from "@/components/findings/due-date";
import { SeverityBadge } from "@/components/findings/severity-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { loadFindingPage } from "@/lib/findings/loaders";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { formatCalendarDate } from "@/lib/text/dates";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("findings.title") };
}

/** One finding, read-only: what was found, what must be done by when, and the record and item it comes from. */
export default async function FindingPage({ params }: Params) {
  const [{ finding, today }, t, locale] = await Promise.all([loadFindingPage(params), getTranslator(), getLocale()]);
  const { inspection, item } = finding;
  const none = t("findings.detail.none");
  return (
    <div className="space-y-6">
      <p>
        <Link href="/phat-hien" className="text-blue-800 underline">
          ← {t("findings.detail.back")}
        </Link>
      </p>
      <PageHeader title={t("findings.detail.title", { number: finding.number, unit: finding.agency.name })}>
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
                [t("findings.detail.status"), t(`findings.statuses.${finding.status}`)],
                [t("findings.detail.description"), finding.description || none],
                [t("findings.detail.requiredAction"), finding.requiredAction || none],
                [t("findings.detail.dueDate"), <DueDate key="d" finding={finding} today={today} t={t} />],
              ]}
            />
          </Card>
        </div>
        <div className="space-y-6">
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
