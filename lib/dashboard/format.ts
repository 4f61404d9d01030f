import type { Locale } from "@/lib/i18n/config";
import type { DashboardCell, DashboardColumn, DashboardRow, DashboardTable } from "./table-model";

/*
 * How a dashboard cell reads as text: the HTML table, the chart's tooltips and labels use the same words.
 * Pure (no React): the table, the chart and the tests share it.
 */

/** What an empty cell (null) shows. */
export const noValue = "—";

const intlLocale = (locale: Locale) => (locale === "vi" ? "vi-VN" : "en-GB");

const counts = new Map<Locale, Intl.NumberFormat>();
const percents = new Map<Locale, Intl.NumberFormat>();

function countFormat(locale: Locale) {
  let format = counts.get(locale);
  if (!format) counts.set(locale, (format = new Intl.NumberFormat(intlLocale(locale))));
  return format;
}

function percentFormat(locale: Locale) {
  let format = percents.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    percents.set(locale, format);
  }
  return format;
}

/** A number as a column of this format shows it: "1.234" (count, vi), "83,3 %" (percent, vi), "83.3 %" (en). */
export function formatFigure(value: number, format: DashboardColumn["format"], locale: Locale): string {
  if (format === "percent") return `${percentFormat(locale).format(value)} %`;
  return countFormat(locale).format(value);
}

/** The text of a cell: null → "—"; a number by its column's format; a string as is (whatever the format). */
export function cellText(cell: DashboardCell, column: DashboardColumn, locale: Locale): string {
  const { value } = cell;
  if (value === null) return noValue;
  if (typeof value === "string") return value;
  if (column.format === "text") return String(value);
  return formatFigure(value, column.format, locale);
}

/** The rows a chart draws: the total rows left out (a total bar would dwarf the others). */
export const chartRows = (table: DashboardTable): DashboardRow[] => table.rows.filter((row) => !row.total);

/** One chart datum per row: its header as `name`, each column's number under the column's key (else null). */
export function chartData(table: DashboardTable): Record<string, string | number | null>[] {
  return chartRows(table).map((row) => {
    const datum: Record<string, string | number | null> = { name: row.header };
    table.columns.forEach((column, index) => {
      const value = row.cells[index]?.value;
      datum[column.key] = typeof value === "number" ? value : null;
    });
    return datum;
  });
}
