import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { columns } from "@/lib/agencies/registry/columns";
import {
  maxImportBytes,
  maxImportRows,
  parseSpreadsheet,
  sniffFormat,
  type ParseResult,
} from "@/lib/agencies/import/parse";
import { createTranslator } from "@/lib/i18n";

const headers = columns.map((c) => c.header);
const encode = (text: string) => new TextEncoder().encode(text);

/** An XLSX file in memory whose first sheet holds these rows (cells as exceljs values). */
async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Đơn vị");
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function rowsOf(result: ParseResult) {
  if (!result.ok) throw new Error(`expected rows, got ${JSON.stringify(result.problem)}`);
  return result.rows;
}

function problemOf(result: ParseResult) {
  expect(result.ok).toBe(false);
  return (result as Extract<ParseResult, { ok: false }>).problem;
}

describe("parseSpreadsheet: headers", () => {
  it("matches headers ignoring case, diacritics and column order", async () => {
    const file = await xlsx([
      ["TEN DON VI", "mã", "  Loai ", "Ma don vi cap tren", "điện thoại"],
      ["UBND Xã Mỹ Hoà Hưng", "30313", "ubnd_xa", "883", "0296 3852 000"],
    ]);
    const result = await parseSpreadsheet(file, "danh-muc.xlsx");
    expect(result).toMatchObject({ ok: true, format: "xlsx" });
    expect(rowsOf(result)).toEqual([
      {
        row: 2,
        cells: {
          name: "UBND Xã Mỹ Hoà Hưng",
          code: "30313",
          kind: "ubnd_xa",
          parentCode: "883",
          contactPhone: "0296 3852 000",
        },
        formulas: [],
      },
    ]);
  });

  it.each([
    ["a missing required header", ["Mã", "Tên đơn vị"], { missing: "Loại", unknown: "—", duplicate: "—" }],
    ["an unknown header", ["Mã", "Tên đơn vị", "Loại", "Số fax"], { missing: "—", unknown: "Số fax", duplicate: "—" }],
    ["a duplicate header", ["Mã", "Tên đơn vị", "Loại", "MÃ"], { missing: "—", unknown: "—", duplicate: "MÃ" }],
  ])("reports %s as agencies.import.headers", async (_, header, params) => {
    const body = header.map((_, i) => `giá trị ${i}`);
    expect(problemOf(await parseSpreadsheet(await xlsx([header, body]), "x.xlsx"))).toEqual({
      key: "agencies.import.headers",
      params,
    });
    const csv = [header.join(","), body.join(",")].join("\n");
    expect(problemOf(await parseSpreadsheet(encode(csv), "x.csv"))).toEqual({ key: "agencies.import.headers", params });
  });
});

describe("parseSpreadsheet: files that are not a registry", () => {
  it("an empty file, CSV or XLSX, is empty", async () => {
    expect(problemOf(await parseSpreadsheet(new Uint8Array(), "x.csv"))).toEqual({ key: "agencies.import.empty" });
    expect(problemOf(await parseSpreadsheet(new Uint8Array(), "x.xlsx"))).toEqual({ key: "agencies.import.empty" });
    expect(problemOf(await parseSpreadsheet(await xlsx([]), "x.xlsx"))).toEqual({ key: "agencies.import.empty" });
  });

  it("headers alone, or headers and blank lines, have no rows", async () => {
    expect(problemOf(await parseSpreadsheet(await xlsx([headers]), "x.xlsx"))).toEqual({
      key: "agencies.import.noRows",
    });
    expect(problemOf(await parseSpreadsheet(encode(`${headers.join(",")}\r\n\r\n,,\r\n`), "x.csv"))).toEqual({
      key: "agencies.import.noRows",
    });
  });

  it("a PDF named .xlsx is not an XLSX file", async () => {
    const pdf = encode("%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n%%EOF");
    expect(sniffFormat(pdf, "x.xlsx")).toBeNull();
    expect(problemOf(await parseSpreadsheet(pdf, "x.xlsx"))).toEqual({ key: "agencies.import.notXlsx" });
  });

  it("a ZIP that is not a workbook is not an XLSX file", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(sniffFormat(zip, "x.csv")).toBe("xlsx");
    expect(problemOf(await parseSpreadsheet(zip, "x.csv"))).toEqual({ key: "agencies.import.notXlsx" });
  });

  it("binary content named .csv is unsupported", async () => {
    const binary = new Uint8Array([0x00, 0xff, 0xfe, 0x10, 0x80, 0x81, 0x00, 0x7f, 0xc3, 0x28]);
    expect(sniffFormat(binary, "x.csv")).toBeNull();
    expect(problemOf(await parseSpreadsheet(binary, "x.csv"))).toEqual({ key: "agencies.import.unsupported" });
    expect(problemOf(await parseSpreadsheet(encode("Mã,Tên đơn vị,Loại\n1,A,b"), "x.txt"))).toEqual({
      key: "agencies.import.unsupported",
    });
  });

  it("tells XLSX by its bytes and CSV by its name", async () => {
    expect(sniffFormat(await xlsx([headers]), "danh-muc.csv")).toBe("xlsx");
    expect(sniffFormat(encode("Mã;Tên"), "DANH-MUC.CSV")).toBe("csv");
    expect(sniffFormat(encode("Mã;Tên"), "danh-muc.xlsx")).toBeNull();
  });
});

describe("parseSpreadsheet: CSV", () => {
  it("drops a BOM, reads semicolons, quoted commas, quotes and line breaks", async () => {
    const text =
      '\uFEFFMã;Tên đơn vị;Loại;Ghi chú\r\n30313;"UBND Xã Mỹ Hoà Hưng; Long Xuyên";ubnd_xa;"Ghi chú ""quan trọng"", dòng 1\ndòng 2"\r\n';
    const result = await parseSpreadsheet(encode(text), "x.csv");
    expect(result).toMatchObject({ ok: true, format: "csv" });
    expect(rowsOf(result)).toEqual([
      {
        row: 2,
        cells: {
          code: "30313",
          name: "UBND Xã Mỹ Hoà Hưng; Long Xuyên",
          kind: "ubnd_xa",
          note: 'Ghi chú "quan trọng", dòng 1\ndòng 2',
        },
        formulas: [],
      },
    ]);
  });

  it("reads commas with quoted commas, keeps empty cells as null and skips blank lines, numbering rows as in the file", async () => {
    const text =
      'Mã,Tên đơn vị,Loại,Ghi chú\n30280,"UBND Phường Mỹ Bình, Long Xuyên",ubnd_xa,\n\n30283,UBND Phường Mỹ Long,ubnd_xa,x\n';
    expect(rowsOf(await parseSpreadsheet(encode(text), "x.csv"))).toEqual([
      {
        row: 2,
        cells: { code: "30280", name: "UBND Phường Mỹ Bình, Long Xuyên", kind: "ubnd_xa", note: null },
        formulas: [],
      },
      { row: 4, cells: { code: "30283", name: "UBND Phường Mỹ Long", kind: "ubnd_xa", note: "x" }, formulas: [] },
    ]);
  });

  it("refuses a broken quote with the row", async () => {
    const problem = problemOf(
      await parseSpreadsheet(encode('Mã,Tên đơn vị,Loại\n1,"UBND chưa đóng ngoặc,ubnd_xa\n'), "x.csv"),
    );
    expect(problem.key).toBe("agencies.import.badCsv");
  });
});

describe("parseSpreadsheet: XLSX cells", () => {
  it("reports a formula cell in `formulas` without its value", async () => {
    const file = await xlsx([
      ["Mã", "Tên đơn vị", "Loại", "Số TTHC"],
      ["T1", "UBND Xã A", "ubnd_xa", { formula: "1+1", result: 2 }],
      ["T2", { formula: 'HYPERLINK("http://x","B")' }, "ubnd_xa", 3],
    ]);
    expect(rowsOf(await parseSpreadsheet(file, "x.xlsx"))).toEqual([
      {
        row: 2,
        cells: { code: "T1", name: "UBND Xã A", kind: "ubnd_xa", procedureCount: null },
        formulas: ["procedureCount"],
      },
      { row: 3, cells: { code: "T2", name: null, kind: "ubnd_xa", procedureCount: 3 }, formulas: ["name"] },
    ]);
  });

  it("gives date cells as Date, numbers as numbers and rich text as its text", async () => {
    const file = await xlsx([
      ["Mã", "Tên đơn vị", "Loại", "Ngày công bố", "Số TTHC", "Ghi chú"],
      [
        30313,
        "UBND Xã Mỹ Hoà Hưng",
        "ubnd_xa",
        new Date(Date.UTC(2021, 1, 25)),
        42,
        { richText: [{ text: "Đã " }, { font: { bold: true }, text: "công bố" }] },
      ],
    ]);
    const [row] = rowsOf(await parseSpreadsheet(file, "x.xlsx"));
    expect(row!.cells.announcementDate).toBeInstanceOf(Date);
    expect((row!.cells.announcementDate as Date).toISOString()).toBe("2021-02-25T00:00:00.000Z");
    expect(row!.cells).toMatchObject({ code: 30313, procedureCount: 42, note: "Đã công bố" });
  });

  it("reads only the first sheet and skips empty rows", async () => {
    const workbook = new ExcelJS.Workbook();
    const first = workbook.addWorksheet("Một");
    first.addRow(["Mã", "Tên đơn vị", "Loại"]);
    first.addRow(["A1", "UBND Xã A", "ubnd_xa"]);
    first.getRow(5).values = ["A5", "UBND Xã E", "ubnd_xa"];
    workbook.addWorksheet("Hai").addRow(["Không", "phải", "đây"]);
    const rows = rowsOf(await parseSpreadsheet(new Uint8Array(await workbook.xlsx.writeBuffer()), "x.xlsx"));
    expect(rows.map((r) => [r.row, r.cells.code])).toEqual([
      [2, "A1"],
      [5, "A5"],
    ]);
  });
});

describe("parseSpreadsheet: files too large", () => {
  it("refuses a sheet longer than the limit with the Vietnamese message, having read one row past the limit and no further", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Đơn vị");
    sheet.addRow(["Mã", "Tên đơn vị", "Loại"]);
    for (let i = 0; i < maxImportRows + 1_000; i++) sheet.addRow([`D${i}`, `UBND Xã ${i}`, "ubnd_xa"]);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    let read = 0;
    const problem = problemOf(await parseSpreadsheet(file, "danh-muc.xlsx", { onRow: () => void (read += 1) }));
    expect(problem).toEqual({ key: "agencies.import.tooManyRows", params: { max: maxImportRows } });
    expect(createTranslator("vi").raw(problem.key, problem.params)).toBe("Tệp có quá nhiều dòng (tối đa 20000).");
    expect(read).toBe(1 + maxImportRows + 1); // the headers, the rows allowed, and the one too many
  }, 60_000);

  it("refuses a file over the byte limit before reading any of it", async () => {
    const file = new Uint8Array(maxImportBytes + 1);
    file.set([0x50, 0x4b, 0x03, 0x04]);
    let read = 0;
    const problem = problemOf(await parseSpreadsheet(file, "danh-muc.xlsx", { onRow: () => void (read += 1) }));
    expect(problem).toEqual({ key: "agencies.import.tooLarge", params: { max: 10 } });
    expect(createTranslator("vi").raw(problem.key, problem.params)).toBe("Tệp lớn hơn 10 MB.");
    expect(read).toBe(0);
  });
});
