import type { Locale } from "@/lib/i18n/config";
import { escapeHtml, htmlLink } from "@/lib/text/html";
import { cellText } from "./format";
import type { DashboardCell, DashboardColumn, DashboardTable } from "./table-model";

/*
 * A dashboard table model as the HTML of an accessible table, written as a string. The dashboard's tables are
 * static (no state, no handler) and large (a province's areas, a region's units, a year's months), and React
 * would carry each of their thousands of cells twice, once as markup and once in the page's server-component
 * payload; as one string each table costs one escaped copy. Every text of the model is escaped here, and the
 * string is only ever built from the model (never from a request's words). Links take their looks from the table
 * (.dashboard-table a); the "see all" link under it has its own.
 */

function cellHtml(cell: DashboardCell, column: DashboardColumn, locale: Locale): string {
  const text = cellText(cell, column, locale);
  const figure = cell.href && cell.value !== null ? htmlLink(cell.href, text, { label: cell.label }) : escapeHtml(text);
  const content =
    cell.detail && cell.value !== null
      ? `<span title="${escapeHtml(cell.detail)}">${figure}</span><span class="sr-only"> (${escapeHtml(cell.detail)})</span>`
      : figure;
  return column.format === "text" ? `<td>${content}</td>` : `<td class="n">${content}</td>`;
}

/**
 * The table: its title as the caption, the rows' names as row headers (links to the drill-down when they have one),
 * figures right-aligned in the language's format (a link on each figure that has a list behind it; a figure's detail
 * on hover and for a screen reader), "—" for nothing, total rows bold; then its note and the link to the whole table when the page shows its first rows only.
 */
export function dashboardTableHtml(table: DashboardTable, locale: Locale): string {
  const head = table.columns
    .map((column) => `<th scope="col"${column.format === "text" ? "" : ' class="n"'}>${escapeHtml(column.label)}</th>`)
    .join("");
  const body = table.rows
    .map((row) => {
      const header = row.headerHref
        ? htmlLink(row.headerHref, row.header, { label: row.headerLabel })
        : escapeHtml(row.header);
      const cells = table.columns
        .map((column, i) => cellHtml(row.cells[i] ?? { value: null }, column, locale))
        .join("");
      return `<tr${row.total ? ' class="t"' : ""}><th scope="row">${header}</th>${cells}</tr>`;
    })
    .join("");
  const note = table.note ? `<p class="text-sm text-slate-700">${escapeHtml(table.note)}</p>` : "";
  const more = table.more
    ? `<p class="text-sm print:hidden">${htmlLink(table.more.href, table.more.label, { className: "font-semibold text-blue-800 underline" })}</p>`
    : "";
  return (
    `<div class="overflow-x-auto rounded-lg border border-slate-300 bg-white">` +
    `<table class="dashboard-table"><caption class="sr-only">${escapeHtml(table.title)}</caption>` +
    `<thead><tr><th scope="col">${escapeHtml(table.rowHeading)}</th>${head}</tr></thead>` +
    `<tbody>${body}</tbody></table></div>${note}${more}`
  );
}
