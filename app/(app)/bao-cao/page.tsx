import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { CreateYearReportForm } from "@/components/year-reports/create-form";
import { todayInVietnam, formatCalendarDate } from "@/lib/text/dates";
import { getTranslator } from "@/lib/i18n/server";
import { loadYearReportList } from "@/lib/year-reports/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("yearReports.title") };
}

export default async function YearReportsPage() {
  const { t, reports, canCreate, committee } = await loadYearReportList();
  const today = todayInVietnam();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("yearReports.title")}
        lead={committee ? t("yearReports.leadCommittee") : t("yearReports.lead")}
      />
      {canCreate ? (
        <Card title={t("yearReports.create.title")}>
          <CreateYearReportForm defaultYear={today.getUTCFullYear()} defaultAsOf={formatCalendarDate(today)} />
        </Card>
      ) : null}
      <Card>
        {reports.length ? (
          <Table caption={t("yearReports.title")}>
            <thead>
              <tr>
                <Th>{t("yearReports.columns.year")}</Th>
                <Th>{t("yearReports.columns.kind")}</Th>
                <Th>{t("yearReports.columns.version")}</Th>
                <Th>{t("yearReports.columns.asOf")}</Th>
                <Th>{t("yearReports.columns.status")}</Th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id}>
                  <td className="tabular-nums">{r.year}</td>
                  <td>
                    <Link href={`/bao-cao/${r.id}`} className="font-semibold text-blue-800 underline">
                      {t(`yearReports.kinds.${r.kind}`)}
                    </Link>
                  </td>
                  <td className="tabular-nums">{r.version}</td>
                  <td className="tabular-nums">{formatCalendarDate(r.asOf)}</td>
                  <td>{t(`yearReports.statuses.${r.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-slate-700">{t("yearReports.empty")}</p>
        )}
      </Card>
    </div>
  );
}
