import type { Metadata } from "next";
import Link from "next/link";
import { DashboardFigure } from "@/components/dashboard/dashboard-figure";
import { DashboardTabs } from "@/components/dashboard/dashboard-tabs";
import { PrintButton } from "@/components/dashboard/print-button";
import { Card, PageHeader } from "@/components/ui/card";
import { dashboardFigure, keptWith } from "@/lib/dashboard/figure";
import { loadTrendPage } from "@/lib/dashboard/loaders";
import { trendHref } from "@/lib/dashboard/schema";
import { yearsTables } from "@/lib/dashboard/sections/years";
import { regionLabel } from "@/lib/dashboard/tables";
import { getTranslator } from "@/lib/i18n/server";
import { formatCalendarDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("dashboard.trend.title") };
}

export default async function DashboardTrendPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { t, locale, error, region, data, asOfText } = await loadTrendPage(searchParams);
  if (error || !data || !region) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("dashboard.trend.title")} />
        <p role="alert" className="text-slate-800">
          {t("dashboard.badQuery", { message: error ?? "" })}
        </p>
      </div>
    );
  }
  const name = regionLabel({ region: region.region, regionName: region.name }, t);
  const latest = data.years.at(-1)?.year;
  return (
    <div className="print-report space-y-6">
      <PageHeader
        title={t("dashboard.trend.heading", { region: name })}
        lead={t("dashboard.trend.lead", { asOf: formatCalendarDate(data.asOf) })}
      />
      <DashboardTabs t={t} current="trend" year={latest} asOf={asOfText} region={region.region} />
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        {region.region ? (
          <Link className="text-blue-800 underline" href={trendHref({ asOf: asOfText })}>
            {t("dashboard.trend.province")}
          </Link>
        ) : (
          <span />
        )}
        <PrintButton label={t("dashboard.export.print")} />
      </div>
      {data.years.length ? (
        <Card title={t("dashboard.trend.title")}>
          <div className="space-y-8">
            {keptWith(data, locale, () =>
              yearsTables(data, t, locale).map((table) => dashboardFigure(table, t, locale)),
            ).map((figure) => (
              <DashboardFigure key={figure.id} figure={figure} locale={locale} />
            ))}
          </div>
        </Card>
      ) : (
        <p className="text-slate-800">{t("dashboard.noPlans")}</p>
      )}
    </div>
  );
}
