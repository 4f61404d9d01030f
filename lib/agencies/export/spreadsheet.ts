import ExcelJS from "exceljs";
import { columns, exportCells, neutraliseFormula } from "../registry/columns";
import type { AgencyExportRow } from "../data";

function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV in UTF-8 with a BOM (so Excel reads the diacritics), CRLF line ends. */
export function agenciesToCsv(rows: AgencyExportRow[]): string {
  const lines = [
    columns.map((c) => csvField(c.header)).join(","),
    ...rows.map((r) => exportCells(r).map(csvField).join(",")),
  ];
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

/** XLSX with every cell written as text, so nothing is evaluated or reinterpreted by a spreadsheet. */
export async function agenciesToXlsx(rows: AgencyExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kiểm tra HTQLCL";
  const sheet = workbook.addWorksheet("Danh mục đơn vị", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.key === "name" ? 48 : c.key === "note" ? 40 : 18,
    style: { numFmt: "@" },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(exportCells(row).map(neutraliseFormula));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
