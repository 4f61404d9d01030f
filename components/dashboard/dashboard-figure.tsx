import { chartRows } from "@/lib/dashboard/format";
import type { DashboardTable } from "@/lib/dashboard/table-model";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { DashboardTableView } from "./dashboard-table";
import { LazyTableChart } from "./lazy-table-chart";

/** Beyond this many rows a chart cannot be read (the table carries them); none is drawn. */
const maxChartRows = 40;

/** What the chart needs of a table, and no more is sent to the browser: no links, no link names. */
const chartModel = (table: DashboardTable): DashboardTable => ({
  ...table,
  rows: table.rows.map((row) => ({
    header: row.header,
    total: row.total,
    cells: row.cells.map((cell) => ({ value: cell.value })),
  })),
});

/**
 * A dashboard figure: its title, its chart (when the model has one) and its table, side by side on wide
 * screens and one under the other on a tablet or a phone. The table is always there and carries the figures;
 * the chart is an image named after it (none when the table has no row but totals). Printed, each figure
 * stays on one page where it fits.
 */
export async function DashboardFigure({ table }: { table: DashboardTable }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslator()]);
  return (
    <div id={table.id} className="dashboard-figure scroll-mt-4">
      <h3 className="mb-2 font-semibold text-slate-900 print:break-after-avoid">{table.title}</h3>
      {table.chart && chartRows(table).length > 0 && chartRows(table).length <= maxChartRows ? (
        <div className="grid items-start gap-4 xl:grid-cols-2">
          <LazyTableChart
            table={chartModel(table)}
            locale={locale}
            label={t("dashboard.chart.label", { title: table.title })}
          />
          <DashboardTableView table={table} locale={locale} />
        </div>
      ) : (
        <DashboardTableView table={table} locale={locale} />
      )}
    </div>
  );
}
