import type { DashboardFigureModel } from "@/lib/dashboard/figure";
import type { Locale } from "@/lib/i18n/config";
import { LazyTableChart } from "./lazy-table-chart";

/**
 * A dashboard figure: its title, its chart (when it has one) and its table, side by side on wide screens (a wide table under
 * its chart) and one under the other on a tablet or a phone. The table is always there and carries the figures; the chart is an image named
 * after it. The table comes as HTML made from the model (lib/dashboard/table-html.ts escapes every text): drawn by
 * React, a national table's thousands of cells cost the page more than all its queries. Printed, each figure stays
 * on one page where it fits.
 */
export function DashboardFigure({ figure, locale }: { figure: DashboardFigureModel; locale: Locale }) {
  const table = <div className="space-y-2" dangerouslySetInnerHTML={{ __html: figure.html }} />;
  return (
    <div id={figure.id} className="dashboard-figure scroll-mt-4">
      <h3 className="mb-2 font-semibold text-slate-900 print:break-after-avoid">{figure.title}</h3>
      {figure.chart ? (
        <div className={`grid items-start gap-4 ${figure.wide ? "" : "xl:grid-cols-2"}`}>
          <LazyTableChart table={figure.chart} locale={locale} label={figure.chartLabel} />
          {table}
        </div>
      ) : (
        table
      )}
    </div>
  );
}
