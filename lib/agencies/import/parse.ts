import ExcelJS from "exceljs";
import Papa from "papaparse";
import { matchHeaders, type ColumnKey } from "../columns";

export type CellValue = string | number | boolean | Date | null;
export type RawRow = { row: number; cells: Partial<Record<ColumnKey, CellValue>>; formulas: ColumnKey[] };
export type ParseProblem = { key: string; params?: Record<string, string | number> };
export type ParseResult = { ok: true; format: "xlsx" | "csv"; rows: RawRow[] } | { ok: false; problem: ParseProblem };

export const maxImportRows = 20_000;
/** Upload limit of registry files. */
export const maxImportBytes = 10 * 1024 * 1024;

/** What the bytes are, whatever the name says. */
export function sniffFormat(bytes: Uint8Array, fileName: string): "xlsx" | "csv" | null {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip) return "xlsx";
  if (!/\.csv$/i.test(fileName)) return null;
  // Text only: no NUL bytes and valid UTF-8.
  if (bytes.includes(0)) return null;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "csv";
  } catch {
    return null;
  }
}

function rowsFromMatrix(matrix: { row: number; values: CellValue[]; formulas: number[] }[]): ParseResult {
  const [header, ...body] = matrix;
  if (!header) return { ok: false, problem: { key: "agencies.import.empty" } };
  const headers = header.values.map((v) => (v === null ? "" : String(v)));
  const { keys, missing, unknown, duplicate } = matchHeaders(headers);
  if (missing.length || unknown.length || duplicate.length) {
    return {
      ok: false,
      problem: {
        key: "agencies.import.headers",
        params: { missing: missing.join(", ") || "—", unknown: unknown.join(", ") || "—", duplicate: duplicate.join(", ") || "—" },
      },
    };
  }
  const rows: RawRow[] = [];
  for (const line of body) {
    if (line.values.every((v) => v === null || (typeof v === "string" && v.trim() === ""))) continue;
    const cells: RawRow["cells"] = {};
    const formulas: ColumnKey[] = [];
    keys.forEach((key, i) => {
      if (!key) return;
      cells[key] = line.values[i] ?? null;
      if (line.formulas.includes(i)) formulas.push(key);
    });
    rows.push({ row: line.row, cells, formulas });
  }
  if (!rows.length) return { ok: false, problem: { key: "agencies.import.noRows" } };
  if (rows.length > maxImportRows) return { ok: false, problem: { key: "agencies.import.tooManyRows", params: { max: maxImportRows } } };
  return { ok: true, format: "xlsx", rows };
}

async function parseXlsx(bytes: Uint8Array): Promise<ParseResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problem: { key: "agencies.import.notXlsx" } };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) return { ok: false, problem: { key: "agencies.import.empty" } };
  const width = sheet.columnCount;
  const matrix: { row: number; values: CellValue[]; formulas: number[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    const formulas: number[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const value = cell.value;
      if (value && typeof value === "object" && !(value instanceof Date)) {
        if ("formula" in value || "sharedFormula" in value) {
          formulas.push(c - 1);
          values.push(null);
        } else if ("richText" in value) values.push(value.richText.map((t) => t.text).join(""));
        else if ("text" in value) values.push(String(value.text));
        else values.push(cell.text);
      } else values.push((value as CellValue) ?? null);
    }
    matrix.push({ row: rowNumber, values, formulas });
  });
  return rowsFromMatrix(matrix);
}

function parseCsv(bytes: Uint8Array): ParseResult {
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [",", ";", "\t"] });
  if (parsed.errors.some((e) => e.type === "Quotes")) return { ok: false, problem: { key: "agencies.import.badCsv", params: { row: (parsed.errors[0]?.row ?? 0) + 1 } } };
  const matrix = parsed.data.map((values, i) => ({ row: i + 1, values: values.map((v) => (v === "" ? null : v)), formulas: [] }));
  const result = rowsFromMatrix(matrix);
  return result.ok ? { ...result, format: "csv" } : result;
}

/** Reads the first sheet of an XLSX file, or a CSV file (comma, semicolon or tab separated, UTF-8). */
export async function parseSpreadsheet(bytes: Uint8Array, fileName: string): Promise<ParseResult> {
  if (bytes.length === 0) return { ok: false, problem: { key: "agencies.import.empty" } };
  const format = sniffFormat(bytes, fileName);
  if (format === "xlsx") return parseXlsx(bytes);
  if (format === "csv") return parseCsv(bytes);
  return { ok: false, problem: { key: /\.xlsx$/i.test(fileName) ? "agencies.import.notXlsx" : "agencies.import.unsupported" } };
}
