import { Table, Th } from "@/components/ui/table";
import type { FigureTable } from "@/lib/year-reports/tables";

/** The figures' tables as the report shows them; an empty table says so in one line. */
export function FigureTables({ tables, empty }: { tables: FigureTable[]; empty: string }) {
  return (
    <div className="space-y-6">
      {tables.map((table) => (
        <section key={table.key} aria-labelledby={`table-${table.key}`} className="space-y-2">
          <h3 id={`table-${table.key}`} className="font-semibold text-slate-900">
            {table.title}
          </h3>
          {table.rows.length ? (
            <Table caption={table.title}>
              <thead>
                <tr>
                  {table.columns.map((c) => (
                    <Th key={c.title} className={c.align === "right" ? "text-right" : ""}>
                      {c.title}
                    </Th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...table.rows, ...(table.total ? [table.total] : [])].map((row, i) => (
                  <tr key={i} className={i === table.rows.length ? "font-semibold" : ""}>
                    {row.map((cell, j) => (
                      <td key={j} className={table.columns[j]?.align === "right" ? "text-right tabular-nums" : ""}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <p className="text-sm text-slate-700">{empty}</p>
          )}
        </section>
      ))}
    </div>
  );
}
