import ExcelJS from "exceljs";
import type { DashboardColumn, DashboardTable } from "./table-model";

/** Text that a spreadsheet would run as a formula is written with a leading apostrophe (CSV/XLSX injection). */
const neutralise = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const maxSheetName = 31;
const summarySheetName = "Tổng quan";

/**
 * A sheet name Excel accepts, from a table's title: no []:*?/\, no apostrophe at either end, at most 31
 * characters, unique (case-insensitive, as Excel compares them) among `taken`, which it joins.
 */
export function sheetName(title: string, taken: Set<string>): string {
  const clean =
    title
      .replace(/[[\]:*?/\\]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^'+|'+$/g, "")
      .trim() || "Bảng";
  let name = clean.slice(0, maxSheetName).trim();
  for (let n = 2; taken.has(name.toLowerCase()) || name.toLowerCase() === "history"; n++) {
    const suffix = ` (${n})`;
    name = `${clean.slice(0, maxSheetName - suffix.length).trim()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** Counts as integers with thousands separators (one decimal when the count is not whole); percents as 0–100 with one decimal. */
const numberFormat = (column: DashboardColumn, value: number) =>
  column.format === "percent" ? "0.0" : Number.isInteger(value) ? "#,##0" : "#,##0.0";

const border: Partial<ExcelJS.Borders> = { bottom: { style: "thin", color: { argb: "FF64748B" } } };

function addTableSheet(workbook: ExcelJS.Workbook, table: DashboardTable, name: string) {
  // Frozen under the title and the header, and right of the row headers: they stay while scrolling.
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 1, ySplit: 2 }] });
  const title = sheet.addRow([table.title]);
  title.font = { bold: true, size: 13 };

  const header = sheet.addRow([table.rowHeading, ...table.columns.map((c) => c.label)]);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell, col) => {
    cell.border = border;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF1F5F9" } };
    if (col > 1 && table.columns[col - 2]?.format !== "text")
      cell.alignment = { ...header.alignment, horizontal: "right" };
  });

  for (const row of table.rows) {
    const added = sheet.addRow([
      neutralise(row.header),
      ...table.columns.map((_, i) => {
        const value = row.cells[i]?.value ?? null;
        return typeof value === "string" ? neutralise(value) : value;
      }),
    ]);
    table.columns.forEach((column, i) => {
      const cell = row.cells[i];
      const value = cell?.value;
      if (typeof value === "number") added.getCell(i + 2).numFmt = numberFormat(column, value);
      // A note is never run as a formula: the detail is written as it is.
      if (cell?.detail && value !== null && value !== undefined) added.getCell(i + 2).note = cell.detail;
    });
    if (row.total) added.font = { bold: true };
  }

  if (table.note) {
    sheet.addRow([]);
    sheet.addRow([neutralise(table.note)]).font = { italic: true };
  }

  const longest = Math.max(table.rowHeading.length, ...table.rows.map((r) => r.header.length));
  sheet.getColumn(1).width = Math.min(60, Math.max(24, longest + 2));
  table.columns.forEach((column, i) => {
    sheet.getColumn(i + 2).width = column.format === "text" ? 40 : Math.min(24, Math.max(12, column.label.length + 2));
  });
}

/**
 * The dashboard's tables as an XLSX workbook: a first sheet "Tổng quan" (the title, the lines that say what
 * was exported — year, as-of date, region, who — and the tables' titles), then one sheet per table (its title,
 * the header row, the rows; total rows bold; the note last). Figures are numbers a spreadsheet can sum, with
 * number formats; a percent stays 0–100 as in the table (its column heading says "%"); a figure's detail (a score's
 * sum) is the cell's note. Links are not written: the values are. `meta.sheetName` names the first sheet in another
 * language.
 */
export async function dashboardWorkbook(
  tables: DashboardTable[],
  meta: { title: string; lines: string[]; sheetName?: string },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kiểm tra HTQLCL";
  workbook.title = meta.title;
  const taken = new Set<string>();

  const summary = workbook.addWorksheet(sheetName(meta.sheetName ?? summarySheetName, taken));
  summary.addRow([neutralise(meta.title)]).font = { bold: true, size: 14 };
  for (const line of meta.lines) summary.addRow([neutralise(line)]);
  summary.addRow([]);
  for (const table of tables) summary.addRow([neutralise(table.title)]);
  summary.getColumn(1).width = 100;

  for (const table of tables) addTableSheet(workbook, table, sheetName(table.title, taken));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
