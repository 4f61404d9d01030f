import ExcelJS from "exceljs";
import type { FigureTable } from "./tables";

const neutralise = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The figures' tables as an XLSX workbook, one sheet per table (title in the first row, the header in the
 * second, the total last in bold). Counts are numbers a spreadsheet can sum; text cannot run as a formula.
 */
export async function figuresToXlsx(tables: FigureTable[], meta: { title: string; asOfLine: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kiểm tra HTQLCL";
  workbook.title = meta.title;
  tables.forEach((table, index) => {
    const sheet = workbook.addWorksheet(`${index + 1}. ${table.key}`.slice(0, 31), {
      views: [{ state: "frozen", ySplit: 3 }],
    });
    sheet.addRow([table.title]).font = { bold: true };
    sheet.addRow([meta.asOfLine]).font = { italic: true };
    sheet.addRow(table.columns.map((c) => c.title)).font = { bold: true };
    const cell = (value: string, i: number) =>
      i > 0 && table.columns[i]?.align === "right" && /^[\d.]+$/.test(value)
        ? Number(value.replace(/\./g, ""))
        : neutralise(value);
    for (const row of table.rows) sheet.addRow(row.map(cell));
    if (table.total) sheet.addRow(table.total.map(cell)).font = { bold: true };
    sheet.columns.forEach((column, i) => {
      column.width = i === 0 ? 48 : table.key === "proposals" && i === 2 ? 80 : 18;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
