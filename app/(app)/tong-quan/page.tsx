import type { Metadata } from "next";
import Link from "next/link";
import { DashboardFigure } from "@/components/dashboard/dashboard-figure";
import { DashboardFilters } from "@/components/dashboard/filters";
import { DashboardPartTabs, DashboardTabs } from "@/components/dashboard/dashboard-tabs";
import { ExportActions } from "@/components/dashboard/export-actions";
import { Card, PageHeader } from "@/components/ui/card";
import { dashboardFigure, keptWith } from "@/lib/dashboard/figure";
import { loadDashboardPage } from "@/lib/dashboard/loaders";
import { dashboardTables, limitRows, regionLabel } from "@/lib/dashboard/tables";
import { dashboardHref, dashboardXlsxHref, defaultPart, type DashboardPart } from "@/lib/dashboard/schema";
import { getTranslator } from "@/lib/i18n/server";
import { formatCalendarDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("dashboard.title") };
}

const sectionTitle = {
  progress: "dashboard.progress.title",
  results: "dashboard.results.title",
  findings: "dashboard.findings.title",
  corrective: "dashboard.corrective.title",
} as const;

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { t, locale, years, query, error, figures, asOfText } = await loadDashboardPage(searchParams);

  if (error || !figures) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("dashboard.title")} />
        <Card>
          <p role={error ? "alert" : undefined} className="mb-4 text-slate-800">
            {error ? t("dashboard.badQuery", { message: error }) : t("dashboard.noPlans")}
          </p>
          {years.length ? <DashboardFilters years={years} plans={[]} t={t} /> : null}
        </Card>
      </div>
    );
  }

  const asOf = formatCalendarDate(new Date(`${figures.asOf}T00:00:00Z`));
  // The view's choices, kept by its links (the province's link leaves the region out).
  const view = { year: figures.year, planId: query?.planId, asOf: asOfText };
  const here = { ...view, region: figures.region };
  // Drawn once per kept figures and view: read again before the next write, the page only sends them.
  const sections = keptWith(figures, JSON.stringify([locale, query?.planId, asOfText, query?.table]), () =>
    limitRows(dashboardTables(figures, { t, locale, planId: query?.planId, asOf: asOfText }), {
      full: query?.table,
      t,
      hrefOf: (table, section) => dashboardHref({ ...here, part: section, table }),
    }).map(({ section, tables }) => ({ section, figures: tables.map((table) => dashboardFigure(table, t, locale)) })),
  );
  // One part of the page at a time (the URL's, else the part of the table asked for whole, else the first); all of
  // them when asked: the figures are all kept, each part only sends its own.
  const part: DashboardPart =
    query?.part ??
    sections.find(({ figures: drawn }) => drawn.some((figure) => figure.id === query?.table))?.section ??
    defaultPart;
  const shown = part === "all" ? sections : sections.filter(({ section }) => section === part);

  return (
    <div className="print-report space-y-6">
      <PageHeader
        title={
          figures.region === null
            ? t("dashboard.title")
            : t("dashboard.regionTitle", { region: regionLabel(figures, t) })
        }
        lead={t(figures.workInProgress ? "dashboard.lead" : "dashboard.leadCommittee", { year: figures.year, asOf })}
      />
      <DashboardTabs t={t} current="year" year={figures.year} asOf={asOfText} region={figures.region} />
      <nav aria-label={t("dashboard.breadcrumb")} className="text-sm print:hidden">
        <ol className="flex flex-wrap gap-2">
          <li>
            {figures.region === null ? (
              <span aria-current="page">{t("dashboard.region.province")}</span>
            ) : (
              <Link className="text-blue-800 underline" href={dashboardHref({ ...view, part })}>
                {t("dashboard.region.province")}
              </Link>
            )}
          </li>
          {figures.region !== null ? <li aria-current="page">› {regionLabel(figures, t)}</li> : null}
        </ol>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-4 print:hidden">
        <DashboardFilters
          years={years}
          plans={figures.plans}
          t={t}
          year={figures.year}
          planId={query?.planId}
          asOf={asOfText}
          region={figures.region}
          part={part}
        />
        <ExportActions
          href={dashboardXlsxHref(here)}
          xlsx={t("dashboard.export.xlsx")}
          print={t("dashboard.export.print")}
        />
      </div>
      {figures.plans.length > 1 && !query?.planId ? (
        <p className="text-sm text-slate-700">
          {t("dashboard.severalPlans", { year: figures.year, count: figures.plans.length })}
        </p>
      ) : null}
      <DashboardPartTabs t={t} current={part} hrefOf={(next) => dashboardHref({ ...here, part: next })} />
      {shown.map(({ section, figures: drawn }) => (
        <Card key={section} title={t(sectionTitle[section])}>
          <div className="space-y-8">
            {drawn.map((figure) => (
              <DashboardFigure key={figure.id} figure={figure} locale={locale} />
            ))}
          </div>
        </Card>
      ))}
    </div>
  );
}
