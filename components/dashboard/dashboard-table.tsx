import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { cellText } from "@/lib/dashboard/format";
import type { DashboardCell, DashboardColumn, DashboardTable } from "@/lib/dashboard/table-model";
import type { Locale } from "@/lib/i18n/config";
import { getLocale } from "@/lib/i18n/server";

const rowLink = "text-blue-800 underline print:text-black print:no-underline";
const figureLink = `font-semibold ${rowLink} print:font-normal`;
const figureClass = (column: DashboardColumn) =>
  column.format === "text" ? "" : "whitespace-nowrap text-right tabular-nums";

function Cell({ cell, column, locale }: { cell: DashboardCell; column: DashboardColumn; locale: Locale }) {
  const text = cellText(cell, column, locale);
  return (
    <Td className={figureClass(column)}>
      {cell.href && cell.value !== null ? (
        <Link href={cell.href} className={figureLink} aria-label={cell.label}>
          {text}
        </Link>
      ) : (
        text
      )}
    </Td>
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
        <tbody className="divide-y divide-slate-200">
          {table.rows.map((row, index) => (
            <tr
              key={`${index}-${row.header}`}
              className={row.total ? "border-t-2 border-slate-400 bg-slate-50 font-semibold" : undefined}
            >
              <Th scope="row" className={row.total ? "bg-slate-50!" : "bg-white! font-normal!"}>
                {row.headerHref ? (
                  <Link href={row.headerHref} className={rowLink}>
                    {row.header}
                  </Link>
                ) : (
                  row.header
                )}
              </Th>
              {table.columns.map((column, i) => (
                <Cell key={column.key} cell={row.cells[i] ?? { value: null }} column={column} locale={lang} />
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
      {table.note ? <p className="text-sm text-slate-700">{table.note}</p> : null}
    </div>
  );
}
