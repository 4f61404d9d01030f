/*
 * The dashboard's figures (lib/dashboard/data.ts) as translated tables (lib/dashboard/table-model.ts): what the page
 * draws (table and chart) and what the XLSX export writes. Pure: the translator is handed in, so
 * tests/unit/dashboard-tables.test.ts checks the tables on fixtures.
 */
import type { DashboardFigures } from "./data";
import { findingsHref, inspectionsHref } from "./links";
import { dashboardHref, type Section } from "./schema";
import { unitDashboardHref } from "./unit/links";
import { monthsTable } from "./sections/months-table";
import { percentOf, shareOf } from "./sections/share";
import { formatFigure } from "./format";
import { cell, count, percent, text, type DashboardCell, type DashboardTable } from "./table-model";
import { groupLabel } from "@/lib/checklists";
import type { Locale, Translate } from "@/lib/i18n";
import { completenessThreshold, resultKeys, type UnitTotals } from "./aggregate";

type T = Translate;
export type TableContext = {
  t: T;
  locale: Locale;
  /** The view's own choices, kept by the drill-down links: the plan and the as-of day asked for (dd/MM/yyyy). */
  planId?: string | null;
  asOf?: string | null;
};

/** The tables of each section (part) of the page. */
export type SectionTables = { section: Section; tables: DashboardTable[] }[];

export function dashboardTables(figures: DashboardFigures, context: TableContext): SectionTables {
  const { t, locale } = context;
  const year = figures.year;
  const wip = figures.workInProgress;
  const single = figures.region === null ? figures.planId : null;
  const totals = figures.totals;

  const progress: DashboardTable = {
    id: "tien-do",
    title: t("dashboard.progress.caption", { year }),
    rowHeading: t("dashboard.figure"),
    columns: [
      count("done", t("dashboard.done")),
      count("planned", t("dashboard.planned")),
      percent("percent", t("dashboard.percent")),
      ...(wip ? [count("inProgress", t("dashboard.inProgress"))] : []),
    ],
    rows: [
      {
        header: t("dashboard.progress.dossier"),
        cells: [
          cell(totals.dossierDone, inspectionsHref(single, { kind: "DOSSIER", status: "SIGNED_OFF" })),
          cell(
            totals.units,
            inspectionsHref(single, { kind: "DOSSIER" }),
            t("dashboard.progress.plannedLink", { what: t("dashboard.progress.dossier") }),
          ),
          cell(shareOf(totals.dossierDone, totals.units)),
          ...(wip
            ? [cell(totals.dossierInProgress, inspectionsHref(single, { kind: "DOSSIER", status: "IN_PROGRESS" }))]
            : []),
        ],
      },
      {
        header: t("dashboard.progress.onSite"),
        cells: [
          cell(totals.onSiteDone, inspectionsHref(single, { kind: "ON_SITE", status: "SIGNED_OFF" })),
          cell(
            totals.onSitePlanned,
            inspectionsHref(single, { kind: "ON_SITE" }),
            t("dashboard.progress.plannedLink", { what: t("dashboard.progress.onSite") }),
          ),
          cell(shareOf(totals.onSiteDone, totals.onSitePlanned)),
          ...(wip
            ? [cell(totals.onSiteInProgress, inspectionsHref(single, { kind: "ON_SITE", status: "IN_PROGRESS" }))]
            : []),
        ],
      },
      {
        header: t("dashboard.progress.annualReports"),
        cells: [
          cell(totals.annualReports),
          cell(totals.units),
          cell(shareOf(totals.annualReports, totals.units)),
          ...(wip ? [cell(null)] : []),
        ],
      },
    ],
    chart: { kind: "bar", series: ["done", "planned"], horizontal: true },
  };

  const completeness: DashboardTable = {
    id: "ho-so",
    title: t("dashboard.progress.completenessCaption", { year }),
    rowHeading: t("dashboard.figure"),
    columns: [count("value", t("dashboard.count"))],
    rows: [
      { header: t("dashboard.progress.completenessUnits"), cells: [cell(figures.completeness.units)] },
      { header: t("dashboard.progress.completenessAverage"), cells: [cell(figures.completeness.average)] },
      {
        header: t("dashboard.progress.completenessBelow", { threshold: completenessThreshold }),
        cells: [cell(figures.completeness.below)],
      },
    ],
    note: t("dashboard.progress.completenessNote"),
  };

  const resultsTotal = totals.conforming + totals.withFindings + totals.notConforming;
  const overall: DashboardTable = {
    id: "ket-qua",
    title: t("dashboard.results.overallCaption", { year }),
    rowHeading: t("dashboard.results.result"),
    columns: [count("count", t("dashboard.count")), percent("percent", t("dashboard.percent"))],
    rows: [
      ...resultKeys.map((key) => ({
        header: t(`yearReports.results.${key}`),
        cells: [cell(totals[key]), cell(shareOf(totals[key], resultsTotal))],
      })),
      {
        header: t("dashboard.results.total"),
        cells: [cell(resultsTotal), cell(resultsTotal ? 100 : null)],
        total: true,
      },
    ],
    note:
      totals.averageConformity === null
        ? undefined
        : t("dashboard.results.average", {
            percent: formatFigure(percentOf(totals.averageConformity)!, "percent", locale),
            units: totals.scored,
          }),
    chart: { kind: "bar", series: ["count"] },
  };

  const scores: DashboardTable = {
    id: "muc-phu-hop",
    title: t("dashboard.results.scoresCaption", { year }),
    rowHeading: t("dashboard.results.band"),
    columns: [count("dossier", t("dashboard.results.dossier")), count("onSite", t("dashboard.results.onSite"))],
    rows: figures.scores.map((s) => ({
      header: t(`yearReports.bands.${s.band}`),
      cells: [cell(s.dossier), cell(s.onSite)],
    })),
    chart: { kind: "bar", series: ["dossier", "onSite"] },
  };

  const groupColumns = [
    count("units", t("dashboard.unitCount")),
    count("dossierDone", t("dashboard.progress.dossierDone")),
    count("onSitePlanned", t("dashboard.progress.onSitePlanned")),
    count("onSiteDone", t("dashboard.progress.onSiteDone")),
    count("conforming", t("yearReports.results.conforming")),
    count("withFindings", t("yearReports.results.withFindings")),
    count("notConforming", t("yearReports.results.notConforming")),
    percent("average", t("dashboard.results.averageColumn")),
  ];
  const groupCells = (g: UnitTotals): DashboardCell[] => [
    cell(g.units),
    cell(g.dossierDone),
    cell(g.onSitePlanned),
    cell(g.onSiteDone),
    cell(g.conforming),
    cell(g.withFindings),
    cell(g.notConforming),
    cell(percentOf(g.averageConformity)),
  ];
  const resultsChart = { kind: "bar", series: ["conforming", "withFindings", "notConforming"], stacked: true } as const;

  const byKind: DashboardTable = {
    id: "theo-loai",
    title: t("dashboard.results.byKindCaption", { year }),
    rowHeading: t("dashboard.results.kind"),
    columns: groupColumns,
    rows: figures.byKind.map((k) => ({ header: locale === "vi" ? k.name : k.nameEn, cells: groupCells(k) })),
    chart: resultsChart,
  };

  const regionName = (key: string, name: string) =>
    key === "agencies" ? t("dashboard.region.agencies") : key === "communes" ? t("dashboard.region.communes") : name;
  const byRegion: DashboardTable | null =
    figures.region === null
      ? {
          id: "theo-dia-ban",
          title: t("dashboard.results.byRegionCaption", { year }),
          rowHeading: t("dashboard.region.heading"),
          columns: groupColumns,
          rows: figures.byRegion.map((r) => ({
            header: regionName(r.key, r.name),
            // The district's view opens on this part of the page, where its own units' table is.
            headerHref: dashboardHref({
              year,
              planId: context.planId,
              asOf: context.asOf,
              region: r.region,
              part: "results",
            }),
            cells: groupCells(r),
          })),
          chart: { ...resultsChart, horizontal: true },
        }
      : null;

  const byCategory: DashboardTable = {
    id: "bat-buoc-khuyen-khich",
    title: t("dashboard.results.byCategoryCaption", { year }),
    rowHeading: t("dashboard.results.category"),
    columns: groupColumns.slice(2),
    rows: figures.byCategory.map((c) => ({
      header: t(`isoRequirement.${c.category}`),
      cells: groupCells(c).slice(2),
    })),
    chart: resultsChart,
  };

  const units: DashboardTable | null =
    figures.region === null
      ? null
      : {
          id: "don-vi",
          title: t("dashboard.units.caption", { region: regionLabel(figures, t), year }),
          rowHeading: t("dashboard.units.unit"),
          columns: [
            text("kind", t("dashboard.results.kind")),
            text("dossier", t("dashboard.progress.dossier")),
            text("onSite", t("dashboard.progress.onSite")),
            percent("conformity", t("dashboard.units.conformity")),
            text("result", t("dashboard.results.result")),
            percent("completeness", t("dashboard.units.completeness")),
            text("annualReport", t("dashboard.progress.annualReports")),
          ],
          rows: figures.units.map((u) => ({
            header: u.name,
            headerHref: unitDashboardHref(u.id),
            cells: [
              cell(locale === "vi" ? u.kindVi : u.kindEn),
              cell(t(u.dossierDone ? "dashboard.units.done" : "dashboard.units.notDone")),
              cell(
                u.onSite
                  ? t(u.onSiteDone ? "dashboard.units.done" : "dashboard.units.notDone")
                  : t("dashboard.units.notPlanned"),
              ),
              cell(percentOf(u.conformity)),
              cell(u.result ? t(`yearReports.results.${u.result}`) : null),
              cell(u.completeness),
              cell(t(u.annualReport ? "dashboard.units.received" : "dashboard.units.notReceived")),
            ],
          })),
        };

  const pareto: DashboardTable = {
    id: "pareto",
    title: t("dashboard.findings.paretoCaption", { year }),
    rowHeading: t("dashboard.findings.group"),
    columns: [
      count("count", t("dashboard.count")),
      percent("percent", t("dashboard.percent")),
      percent("cumulative", t("dashboard.findings.cumulative")),
    ],
    rows: figures.pareto.map((p) => ({
      header: groupLabel(t, p),
      cells: [cell(p.count), cell(p.percent), cell(p.cumulativePercent)],
    })),
    chart: { kind: "pareto", series: "count", cumulative: "cumulative" },
  };

  const severities = [
    ["MAJOR", "major"],
    ["MINOR", "minor"],
    ["RECOMMENDATION", "recommendation"],
  ] as const;
  const severity: DashboardTable = {
    id: "muc-do",
    title: t("dashboard.findings.severityCaption", { year }),
    rowHeading: t("dashboard.findings.severity"),
    columns: [count("count", t("dashboard.count"))],
    rows: [
      ...severities.map(([severity, key]) => ({
        header: t(`findings.severities.${severity}`),
        cells: [cell(figures.severity[key], findingsHref(single, { severity }))],
      })),
      {
        header: t("dashboard.findings.total"),
        cells: [cell(figures.severity.total, findingsHref(single))],
        total: true,
      },
    ],
    chart: { kind: "bar", series: ["count"] },
  };

  const repeatTotal = figures.repeats.reduce((s, r) => s + r.repeats, 0);
  const repeats: DashboardTable = {
    id: "lap-lai",
    title: t("dashboard.findings.repeatsCaption", { year }),
    rowHeading: t("dashboard.corrective.unit"),
    columns: [count("repeats", t("dashboard.count"))],
    rows: [
      ...figures.repeats.slice(0, 10).map((r) => ({
        header: r.name,
        headerHref: unitDashboardHref(r.agencyId),
        cells: [cell(r.repeats)],
      })),
      { header: t("dashboard.findings.repeatsTotal"), cells: [cell(repeatTotal)], total: true },
    ],
  };

  const c = figures.corrective;
  const corrective: DashboardTable = {
    id: "khac-phuc",
    title: t("dashboard.corrective.caption", { year }),
    rowHeading: t("dashboard.figure"),
    columns: [count("count", t("dashboard.count")), percent("percent", t("dashboard.percent"))],
    rows: [
      {
        header: t("dashboard.corrective.nonconformities"),
        cells: [cell(c.nonconformities), cell(c.nonconformities ? 100 : null)],
      },
      {
        header: t("dashboard.corrective.answered"),
        cells: [cell(c.answered), cell(shareOf(c.answered, c.nonconformities))],
      },
      {
        header: t("dashboard.corrective.accepted"),
        cells: [cell(c.accepted), cell(shareOf(c.accepted, c.nonconformities))],
      },
      {
        header: t("dashboard.corrective.open"),
        cells: [cell(c.nonconformities - c.accepted), cell(shareOf(c.nonconformities - c.accepted, c.nonconformities))],
      },
      {
        header: t("dashboard.corrective.overdue"),
        cells: [cell(c.overdue, findingsHref(single, { overdue: true })), cell(shareOf(c.overdue, c.nonconformities))],
      },
    ],
    chart: { kind: "bar", series: ["count"], horizontal: true },
  };

  const overdue: DashboardTable = {
    id: "qua-han",
    title: t("dashboard.corrective.topOverdueCaption", { year }),
    rowHeading: t("dashboard.corrective.unit"),
    columns: [count("overdue", t("dashboard.corrective.overdue"))],
    rows: c.topOverdue.map((u) => ({
      header: u.name,
      headerHref: unitDashboardHref(u.agencyId),
      cells: [cell(u.overdue)],
    })),
  };

  const present = (tables: (DashboardTable | null)[]) => tables.filter((x): x is DashboardTable => x !== null);
  return [
    { section: "progress", tables: present([progress, monthsTable(figures.months, t, locale), completeness]) },
    { section: "results", tables: present([overall, scores, byKind, byRegion, byCategory, units]) },
    { section: "findings", tables: present([pareto, severity, repeats]) },
    { section: "corrective", tables: present([corrective, overdue]) },
  ];
}

/** The name of the view's region: a district's name, the provincial agencies, the communes under the province. */
export function regionLabel(figures: Pick<DashboardFigures, "region" | "regionName">, t: T): string {
  if (figures.region === "agencies") return t("dashboard.region.agencies");
  if (figures.region === "communes") return t("dashboard.region.communes");
  return figures.regionName ?? t("dashboard.region.province");
}

/** How many rows a table shows on the page before "see all" (the export always has them all). */
export const pageRows = 25;

/**
 * The tables as the page shows them: a table longer than `pageRows` shows its first rows (and its total rows) with a
 * link to the page showing it whole, except the one asked for whole (`full`). At a province's size no table is cut;
 * on the national data set the area table has 270 districts.
 */
export function limitRows(
  sections: SectionTables,
  { full, hrefOf, t }: { full?: string; hrefOf: (tableId: string, section: Section) => string; t: Translate },
): SectionTables {
  return sections.map(({ section, tables }) => ({
    section,
    tables: tables.map((table) => {
      const rows = table.rows.filter((r) => !r.total);
      if (table.id === full || rows.length <= pageRows) return table;
      return {
        ...table,
        rows: [...rows.slice(0, pageRows), ...table.rows.filter((r) => r.total)],
        more: {
          total: rows.length,
          href: hrefOf(table.id, section),
          label: t("dashboard.showAll", { shown: pageRows, total: rows.length }),
        },
      };
    }),
  }));
}
