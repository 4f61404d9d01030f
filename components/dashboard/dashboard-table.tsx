import { Table, Th } from "@/components/ui/table";
import { cellText } from "@/lib/dashboard/format";
import type { DashboardCell, DashboardColumn, DashboardTable } from "@/lib/dashboard/table-model";
import type { Locale } from "@/lib/i18n/config";
import { getLocale } from "@/lib/i18n/server";

const rowLink = "text-blue-800 underline print:text-black print:no-underline";
const figureLink = `font-semibold ${rowLink} print:font-normal`;
// The cells' looks are set once on the body, not on each of (at national scale) thousands of cells: the page's HTML
// and its server-component payload both carry every class written on a cell.
const bodyClass =
  "divide-y divide-slate-200 [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_td]:text-slate-900 " +
  "[&_td.n]:whitespace-nowrap [&_td.n]:text-right [&_td.n]:tabular-nums " +
  "[&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_th]:text-slate-900 [&_th]:font-normal [&_th]:bg-white " +
  "[&_tr.t_th]:font-semibold [&_tr.t_th]:bg-slate-50 [&_tr.t]:border-t-2 [&_tr.t]:border-slate-400 [&_tr.t]:bg-slate-50 [&_tr.t]:font-semibold";

/** A figure cell. Plain links (no client router per cell): a drill-down opens a new page anyway. */
function Cell({ cell, column, locale }: { cell: DashboardCell; column: DashboardColumn; locale: Locale }) {
  const text = cellText(cell, column, locale);
  return (
    <td className={column.format === "text" ? undefined : "n"}>
      {cell.href && cell.value !== null ? (
        <a href={cell.href} className={figureLink} aria-label={cell.label}>
          {text}
        </a>
      ) : (
        text
      )}
    </td>
  );
}

/**
 * One dashboard table model drawn as an accessible table: the title as its caption, the rows' names as row
 * headers (links to the drill-down when they have one), figures right-aligned in the language's format, a link
 * on each figure that has a list behind it, "—" for nothing, total rows bold, the note under it.
 * `locale` defaults to the request's language.
 */
export async function DashboardTableView({ table, locale }: { table: DashboardTable; locale?: Locale }) {
  const lang = locale ?? (await getLocale());
  return (
    <div className="space-y-2">
      <Table caption={table.title}>
        <thead>
          <tr>
            <Th>{table.rowHeading}</Th>
            {table.columns.map((column) => (
              <Th key={column.key} className={column.format === "text" ? "" : "text-right"}>
                {column.label}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody className={bodyClass}>
          {table.rows.map((row, index) => (
            <tr key={`${index}-${row.header}`} className={row.total ? "t" : undefined}>
              <th scope="row">
                {row.headerHref ? (
                  <a href={row.headerHref} className={rowLink}>
                    {row.header}
                  </a>
                ) : (
                  row.header
                )}
              </th>
              {table.columns.map((column, i) => (
                <Cell key={column.key} cell={row.cells[i] ?? { value: null }} column={column} locale={lang} />
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
      {table.note ? <p className="text-sm text-slate-700">{table.note}</p> : null}
      {table.more ? (
        <p className="text-sm print:hidden">
          <a href={table.more.href} className="font-semibold text-blue-800 underline">
            {table.more.label}
          </a>
        </p>
      ) : null}
    </div>
  );
}
