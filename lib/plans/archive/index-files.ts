import ExcelJS from "exceljs";
import type { MessageKey, Translate } from "@/lib/i18n";
import type { ArchiveKind } from "./types";

/** One line of the index: an entry written before it, with its size and SHA-256 as zipStream measured them. */
export type IndexRow = {
  name: string;
  size: number;
  sha256: string;
  kind: ArchiveKind;
  unit: string | null;
  paperDate: string;
};

export const indexNames = { checksums: "00-muc-luc.sha256", workbook: "00-muc-luc.xlsx" } as const;

/**
 * The checksums in sha256sum's format ("<hash>  <path>", one line each, LF), so that a clerk verifies the
 * unpacked archive with `sha256sum -c 00-muc-luc.sha256` from its folder.
 */
export function checksumsFile(rows: readonly IndexRow[]): Uint8Array {
  return new TextEncoder().encode(rows.map((r) => `${r.sha256}  ${r.name}\n`).join(""));
}

const neutralise = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The index as a workbook: a title line, the header, then every entry in the archive's order (STT, path, kind
 * of paper, unit, size in bytes, SHA-256, date). Text is never read as a formula.
 */
export async function indexWorkbook(
  rows: readonly IndexRow[],
  plan: { number: string; year: number },
  t: Translate,
): Promise<Uint8Array> {
  const i = (key: string, params?: Record<string, string | number>) =>
    t(`planArchive.index.${key}` as MessageKey, params);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kiểm tra HTQLCL";
  workbook.title = i("title", { number: plan.number, year: plan.year });
  const sheet = workbook.addWorksheet(i("sheet"), { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.addRow([workbook.title]).font = { bold: true };
  const columns = ["number", "path", "kind", "unit", "size", "sha256", "date"] as const;
  sheet.addRow(columns.map((c) => i(`columns.${c}`))).font = { bold: true };
  rows.forEach((row, n) =>
    sheet.addRow([
      n + 1,
      neutralise(row.name),
      t(`planArchive.kinds.${row.kind}` as MessageKey),
      neutralise(row.unit ?? ""),
      row.size,
      row.sha256,
      row.paperDate,
    ]),
  );
  const widths = [6, 70, 28, 40, 14, 66, 12];
  sheet.columns.forEach((column, n) => {
    column.width = widths[n];
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
