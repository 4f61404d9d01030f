import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { matchHeaders, type ColumnKey } from "../registry/columns";

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

type Line = { row: number; values: CellValue[]; formulas: number[] };

const isBlank = (line: Line) => line.values.every((v) => v === null || (typeof v === "string" && v.trim() === ""));

/**
 * Gathers a file's lines into rows as they are read: the first line holds the headers (checked at once),
 * blank lines are skipped. `add` answers a problem when reading should stop — bad headers, or one row past
 * `maxImportRows` — so a file far too long is refused without reading the rest.
 */
function rowCollector(format: "xlsx" | "csv") {
  let keys: (ColumnKey | null)[] | undefined;
  const rows: RawRow[] = [];
  return {
    add(line: Line): ParseProblem | undefined {
      if (!keys) {
        const headers = line.values.map((v) => (v === null ? "" : String(v)));
        const matched = matchHeaders(headers);
        const { missing, unknown, duplicate } = matched;
        keys = matched.keys;
        if (missing.length || unknown.length || duplicate.length) {
          return {
            key: "agencies.import.headers",
            params: {
              missing: missing.join(", ") || "—",
              unknown: unknown.join(", ") || "—",
              duplicate: duplicate.join(", ") || "—",
            },
          };
        }
        return undefined;
      }
      if (isBlank(line)) return undefined;
      if (rows.length === maxImportRows) return { key: "agencies.import.tooManyRows", params: { max: maxImportRows } };
      const cells: RawRow["cells"] = {};
      const formulas: ColumnKey[] = [];
      keys.forEach((key, i) => {
        if (!key) return;
        cells[key] = line.values[i] ?? null;
        if (line.formulas.includes(i)) formulas.push(key);
      });
      rows.push({ row: line.row, cells, formulas });
      return undefined;
    },
    finish(): ParseResult {
      if (!keys) return { ok: false, problem: { key: "agencies.import.empty" } };
      if (!rows.length) return { ok: false, problem: { key: "agencies.import.noRows" } };
      return { ok: true, format, rows };
    },
  };
}

/** A cell as the registry reads it: formulas are reported (never their cached result), rich text is its text. */
function cellOf(cell: ExcelJS.Cell): { value: CellValue; formula: boolean } {
  const value = cell.value;
  if (!value || typeof value !== "object" || value instanceof Date)
    return { value: (value as CellValue) ?? null, formula: false };
  if ("formula" in value || "sharedFormula" in value) return { value: null, formula: true };
  if ("richText" in value) return { value: value.richText.map((t) => t.text).join(""), formula: false };
  if ("text" in value) return { value: String(value.text), formula: false };
  return { value: cell.text, formula: false };
}

/**
 * Reads the first sheet row by row from a stream of the file (exceljs's WorkbookReader) and stops at the
 * first problem, so memory stays bounded whatever the length of the sheet. `onRow` sees every line read (tests
 * count them). The reader is still driven to its end, without reading any other sheet, because exceljs
 * removes the temporary copy it makes of a sheet stored before the shared strings only then.
 */
async function parseXlsx(bytes: Uint8Array, onRow?: (row: number) => void): Promise<ParseResult> {
  const rows = rowCollector("xlsx");
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]),
    {
      worksheets: "emit",
      sharedStrings: "cache",
      styles: "cache", // number formats: a date cell is read as a Date
      hyperlinks: "ignore",
      entries: "ignore",
    },
  );
  let problem: ParseProblem | undefined;
  let first = true;
  try {
    for await (const sheet of reader) {
      if (!first) {
        (sheet as unknown as { iterator?: { destroy?: () => void } }).iterator?.destroy?.();
        continue;
      }
      first = false;
      for await (const row of sheet) {
        onRow?.(row.number);
        if (!row.hasValues) continue; // a formatted row with nothing in it, as the whole-workbook reader skipped
        const values: CellValue[] = [];
        const formulas: number[] = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          const read = cellOf(cell);
          values[column - 1] = read.value;
          if (read.formula) formulas.push(column - 1);
        });
        problem = rows.add({ row: row.number, values: Array.from(values, (v) => v ?? null), formulas });
        if (problem) break;
      }
    }
  } catch {
    return { ok: false, problem: { key: "agencies.import.notXlsx" } };
  }
  return problem ? { ok: false, problem } : rows.finish();
}

function parseCsv(bytes: Uint8Array): ParseResult {
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [",", ";", "\t"] });
  if (parsed.errors.some((e) => e.type === "Quotes"))
    return { ok: false, problem: { key: "agencies.import.badCsv", params: { row: (parsed.errors[0]?.row ?? 0) + 1 } } };
  const rows = rowCollector("csv");
  for (const [i, values] of parsed.data.entries()) {
    const problem = rows.add({ row: i + 1, values: values.map((v) => (v === "" ? null : v)), formulas: [] });
    if (problem) return { ok: false, problem };
  }
  return rows.finish();
}

/**
 * Reads the first sheet of an XLSX file, or a CSV file (comma, semicolon or tab separated, UTF-8). A file over
 * `maxImportBytes` is refused before anything is parsed; a sheet is read only up to one row past `maxImportRows`.
 * `options.onRow` is told the number of every XLSX row read.
 */
export async function parseSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  options: { onRow?: (row: number) => void } = {},
): Promise<ParseResult> {
  if (bytes.length === 0) return { ok: false, problem: { key: "agencies.import.empty" } };
  if (bytes.length > maxImportBytes)
    return { ok: false, problem: { key: "agencies.import.tooLarge", params: { max: maxImportBytes / 1024 / 1024 } } };
  const format = sniffFormat(bytes, fileName);
  if (format === "xlsx") return parseXlsx(bytes, options.onRow);
  if (format === "csv") return parseCsv(bytes);
  return {
    ok: false,
    problem: { key: /\.xlsx$/i.test(fileName) ? "agencies.import.notXlsx" : "agencies.import.unsupported" },
  };
}
