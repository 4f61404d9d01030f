/*
 * The dashboard's figures as translated tables: one model drawn as an HTML table, as a chart beside it and as a
 * sheet of the XLSX export, so the three never disagree. Pure data (no React, no Prisma).
 */

/** A cell: a count, a percentage (0–100, one decimal at most), a text, or nothing (null: shown as "—"). */
export type DashboardCell = {
  value: number | string | null;
  /** The list behind the figure (the existing lists with their URL filters); absent or null: plain figure. */
  href?: string | null;
  /** Accessible name of the link, when the figure alone would not say what it opens. */
  label?: string;
  /**
   * What the figure stands for in full (a score's sum, "25/30 = 83,3 %"): the table says it to a screen reader after
   * the figure and shows it on hover, the XLSX writes it as the cell's note; a chart takes the figure alone.
   */
  detail?: string;
};

export type DashboardColumn = {
  key: string;
  label: string;
  /** count: integer with thousands separators; percent: "83,3 %"; text: as is. */
  format: "count" | "percent" | "text";
};

export type DashboardRow = {
  /** The row's name (first column, a row header). */
  header: string;
  /** Where the row's name leads (drill-down to a district, a unit, an inspection); null: plain text. */
  headerHref?: string | null;
  /** Accessible name of that link, when the row's name alone would not say where it leads. */
  headerLabel?: string;
  /** The row's name on the chart's axis, when the full name is too long to read there (the table keeps it). */
  chartHeader?: string;
  /** One cell per column, in column order. */
  cells: DashboardCell[];
  /** A total row: drawn bold, left out of charts. */
  total?: boolean;
};

export type DashboardChart =
  /** Bars of the named columns, one group per row (stacked when `stacked`). */
  | { kind: "bar"; series: readonly string[]; stacked?: boolean; horizontal?: boolean }
  /** Bars of `series` with the running share `cumulative` (a percent column) as a line on a 0–100 % axis. */
  | { kind: "pareto"; series: string; cumulative: string }
  /** Lines of the named columns across the rows (years, months). */
  | { kind: "line"; series: readonly string[] };

export type DashboardTable = {
  /** Stable slug (a–z, 0–9, "-"): the section anchor, the chart's id and the XLSX sheet's key. */
  id: string;
  /** The table's caption (also the chart's title and the sheet's title row). */
  title: string;
  /** Heading of the row-header column. */
  rowHeading: string;
  columns: DashboardColumn[];
  rows: DashboardRow[];
  /** A short note under the table (what is counted, as of when); optional. */
  note?: string;
  /** Set when the page shows only the first rows: how many there are, and where the whole table is. */
  more?: { total: number; href: string; label: string };
  chart?: DashboardChart;
};

/* The columns and cells the tables are written with (lib/dashboard/tables.ts, lib/dashboard/unit/tables.ts). */
export const count = (key: string, label: string): DashboardColumn => ({ key, label, format: "count" });
export const percent = (key: string, label: string): DashboardColumn => ({ key, label, format: "percent" });
export const text = (key: string, label: string): DashboardColumn => ({ key, label, format: "text" });
/** A figure, with the list behind it (`href`) and the link's accessible name when it has one. */
export const cell = (value: DashboardCell["value"], href?: string | null, label?: string): DashboardCell =>
  href ? { value, href, label } : { value };
