import { DashboardFigure } from "@/components/dashboard/dashboard-figure";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { dashboardFigure } from "@/lib/dashboard/figure";
import type { DashboardTable } from "@/lib/dashboard/table-model";
import type { Locale, Translate } from "@/lib/i18n";

/**
 * One table of the unit's dashboard in its card: the figure (its chart beside it when it has one) drawn from the same
 * model as the XLSX export, or, when it has no rows, the sentence that says why (the table's note, as the export
 * writes it). `notice`: that sentence is a notice (an inspection asked for that the reader does not see), not a fact.
 */
export function UnitTableCard({
  title,
  table,
  t,
  locale,
  notice = false,
}: {
  title: string;
  table: DashboardTable;
  t: Translate;
  locale: Locale;
  notice?: boolean;
}) {
  return (
    <Card title={title}>
      {table.rows.length ? (
        <DashboardFigure figure={dashboardFigure(table, t, locale)} locale={locale} />
      ) : notice ? (
        <Alert tone="info">{table.note}</Alert>
      ) : (
        <p className="text-sm text-slate-700">{table.note}</p>
      )}
    </Card>
  );
}
