import type { Locale, Translate } from "@/lib/i18n";
import { chartRows } from "./format";
import { dashboardTableHtml } from "./table-html";
import type { DashboardChart, DashboardTable } from "./table-model";

/*
 * A dashboard table as the page draws it: its HTML (lib/dashboard/table-html.ts) and, when it has a chart, the chart's
 * share of the model and its accessible name. Pure; the page keeps what it makes with the figures it was made from
 * (keptWith), so a view read again at the same data version is drawn without building its tables again.
 */

/** Beyond this many rows a chart cannot be read (the table carries them); none is drawn. */
export const maxChartRows = 40;

/** A table of more figure columns than this is too wide to sit beside its chart: the chart goes above it. */
export const maxColumnsBesideChart = 4;

export type DashboardFigureModel = {
  id: string;
  title: string;
  /** The table, note and "see all" link, escaped (dashboardTableHtml). */
  html: string;
  /** What the chart needs of the table, and no more is sent to the browser (no links, no link names); null: none. */
  chart: DashboardTable | null;
  /** The chart's accessible name (the table beside it carries the figures). */
  chartLabel: string;
  /** The table is too wide to share the row with its chart (more than `maxColumnsBesideChart` columns). */
  wide: boolean;
};

/** The columns a chart draws. */
const chartKeys = (chart: DashboardChart): readonly string[] =>
  chart.kind === "pareto" ? [chart.series, chart.cumulative] : chart.series;

/**
 * The table cut to what its chart draws: its series' columns, the rows but the totals (named as the axis names them),
 * the figures without links.
 */
function chartModel(table: DashboardTable, chart: DashboardChart): DashboardTable {
  const keys = chartKeys(chart);
  const columns = table.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => keys.includes(column.key));
  return {
    id: table.id,
    title: table.title,
    rowHeading: table.rowHeading,
    chart,
    columns: columns.map(({ column }) => column),
    rows: chartRows(table).map((row) => ({
      header: row.chartHeader ?? row.header,
      cells: columns.map(({ index }) => ({ value: row.cells[index]?.value ?? null })),
    })),
  };
}

export function dashboardFigure(table: DashboardTable, t: Translate, locale: Locale): DashboardFigureModel {
  const rows = chartRows(table).length;
  return {
    id: table.id,
    title: table.title,
    html: dashboardTableHtml(table, locale),
    chart: table.chart && rows > 0 && rows <= maxChartRows ? chartModel(table, table.chart) : null,
    chartLabel: t("dashboard.chart.label", { title: table.title }),
    wide: table.columns.length > maxColumnsBesideChart,
  };
}

const kept = new WeakMap<object, Map<string, unknown>>();

/**
 * `make()` kept with `owner` (a figures object kept under the data version, lib/dashboard/snapshot.ts) under `key`
 * (what else the result depends on: the language, the view's choices): made once per owner and key, and let go with
 * the owner. An owner that is not kept (snapshots off) is simply made each time.
 */
export function keptWith<T>(owner: object, key: string, make: () => T): T {
  let byKey = kept.get(owner);
  if (!byKey) kept.set(owner, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, make());
  return byKey.get(key) as T;
}
