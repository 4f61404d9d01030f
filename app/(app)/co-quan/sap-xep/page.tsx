import type { Metadata } from "next";
import Link from "next/link";
import { ApplyReorganisation } from "@/components/agencies/apply-reorganisation";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { loadReorganisationPage } from "@/lib/agencies/loaders";
import { agencyListHref } from "@/lib/agencies/registry/query-string";
import { formatDateTime } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { formatCalendarDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("agencies.reorganisation.title") };
}

export default async function ReorganisationPage() {
  const [{ preview, canApply }, t] = await Promise.all([loadReorganisationPage(), getTranslator()]);
  const { set } = preview;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/co-quan" className="text-blue-800 underline">
          ← {t("agencies.back")}
        </Link>
      </p>
      <PageHeader title={t("agencies.reorganisation.title")} lead={t("agencies.reorganisation.lead")} />
      <Card title={set.title}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-semibold">{t("agencies.reorganisation.legalBasis")}</dt>
          <dd>{set.legalBasis}</dd>
          <dt className="font-semibold">{t("agencies.reorganisation.effectiveDate")}</dt>
          <dd>{formatCalendarDate(new Date(`${set.effectiveDate}T00:00:00Z`))}</dd>
        </dl>
        <ul className="my-3 list-disc pl-6 text-sm">
          <li>{t("agencies.reorganisation.newUnits", { count: set.newUnits.length })}</li>
          <li>{t("agencies.reorganisation.endedUnits", { count: preview.endedCount })}</li>
        </ul>
        {preview.applied?.appliedAt ? (
          <Alert tone="info">
            {t("agencies.reorganisation.appliedOn", { date: formatDateTime(preview.applied.appliedAt) })}
          </Alert>
        ) : preview.missing.length ? (
          <Alert tone="error">
            {t("agencies.reorganisation.missing", {
              count: preview.missing.length,
              codes: preview.missing.slice(0, 20).join(", "),
            })}
          </Alert>
        ) : null}
        {/* Mounted whether or not the set can still be applied: applying re-renders this page (now applied), and the form must stay to show its outcome. */}
        {canApply ? (
          <ApplyReorganisation changeSetKey={set.key} applicable={!preview.applied && !preview.missing.length} />
        ) : null}
        <div className="mt-4">
          <h3 className="font-semibold">{t("agencies.reorganisation.compare")}</h3>
          <div className="mt-2 flex flex-wrap gap-2">
            <Link className={buttonClass("secondary")} href={agencyListHref({ activeOn: "01/01/2021" })}>
              {t("agencies.reorganisation.view2021")}
            </Link>
            <Link className={buttonClass("secondary")} href="/co-quan">
              {t("agencies.reorganisation.viewToday")}
            </Link>
          </div>
        </div>
      </Card>
      <Card title={t("agencies.reorganisation.newUnits", { count: set.newUnits.length })}>
        <Table caption={t("agencies.reorganisation.newUnits", { count: set.newUnits.length })}>
          <thead>
            <tr>
              <Th>{t("agencies.code")}</Th>
              <Th>{t("agencies.reorganisation.newUnit")}</Th>
              <Th>{t("agencies.reorganisation.formedFrom")}</Th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.code}>
                <td className="tabular-nums">{row.code}</td>
                <td>{row.name}</td>
                <td>
                  {row.predecessors.length
                    ? row.predecessors
                        .map((p) => `${p.name} (${p.code}, ${t(`agencies.succession.${p.kind}`)})`)
                        .join("; ")
                    : t("agencies.reorganisation.noPredecessor")}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
