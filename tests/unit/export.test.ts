import { describe, expect, it } from "vitest";
import { columns, exportCells, neutraliseFormula } from "@/lib/agencies/registry/columns";
import type { AgencyExportRow } from "@/lib/agencies/data";
import { agenciesToCsv, agenciesToXlsx } from "@/lib/agencies/export/spreadsheet";
import { parseSpreadsheet, type RawRow } from "@/lib/agencies/import/parse";
import { validateImport, type RegistrySnapshot } from "@/lib/agencies/import/validate";
import { exportRow } from "@/tests/factories/export-row";

const base = exportRow({ validTo: new Date(Date.UTC(2025, 5, 30)), note: "-15" });

const hostile: AgencyExportRow = {
  ...base,
  code: "T89-001",
  name: '=HYPERLINK("http://x","Bấm")',
  shortName: "@SUM(A1)",
  nameEn: "Dept. of Science, Technology",
  group: "-2+3",
  contactName: 'Trần "Út" Văn',
  note: "Dòng 1\nDòng 2",
  announcementNumber: null,
  announcementDate: null,
  procedureCount: null,
  contactPhone: null,
  contactEmail: null,
  confirmed: false,
  validTo: null,
  parent: null,
};

const csvLines = (csv: string) => csv.slice(1).split("\r\n");

describe("neutraliseFormula", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+84 296", "'+84 296"],
    ["-15", "'-15"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["UBND Phường Mỹ Hòa", "UBND Phường Mỹ Hòa"],
    ["30307", "30307"],
    ["", ""],
  ])("%j → %j", (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });
});

describe("exportCells", () => {
  it("writes a unit in column order, dates as dd/MM/yyyy, choices and the kind as Vietnamese names (the kind's code beside it)", () => {
    expect(exportCells(base)).toEqual([
      "30307",
      "UBND Phường Mỹ Hòa",
      "Mỹ Hòa",
      "",
      "UBND cấp xã",
      "ubnd_xa",
      "883",
      "",
      "Khuyến khích",
      "TCVN ISO 9001:2015",
      "12/QĐ-UBND",
      "25/02/2021",
      "0",
      "Nguyễn Thị Ánh",
      "+84 296 3852 000",
      "vanphong@angiang.gov.vn",
      "Có",
      "01/01/2000",
      "30/06/2025",
      "-15",
    ]);
    expect(exportCells(base)).toHaveLength(columns.length);
  });
});

describe("agenciesToCsv", () => {
  it("starts with a BOM, ends lines with CRLF and writes the headers first", () => {
    const csv = agenciesToCsv([base]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/\n/);
    expect(csvLines(csv)[0]).toBe(columns.map((c) => c.header).join(","));
    expect(csvLines(csv)).toHaveLength(3); // headers, one unit, the empty string after the last CRLF
  });

  it("puts an apostrophe before = + - @ and quotes commas, quotes and line breaks", () => {
    const line = csvLines(agenciesToCsv([base]))[1]!;
    expect(line).toBe(
      "30307,UBND Phường Mỹ Hòa,Mỹ Hòa,,UBND cấp xã,ubnd_xa,883,,Khuyến khích,TCVN ISO 9001:2015,12/QĐ-UBND,25/02/2021,0,Nguyễn Thị Ánh,'+84 296 3852 000,vanphong@angiang.gov.vn,Có,01/01/2000,30/06/2025,'-15",
    );

    const csv = agenciesToCsv([hostile]);
    expect(csv).toContain(
      `T89-001,"'=HYPERLINK(""http://x"",""Bấm"")",'@SUM(A1),"Dept. of Science, Technology",UBND cấp xã,ubnd_xa,,'-2+3,`,
    );
    expect(csv).toContain(`,"Trần ""Út"" Văn",`);
    expect(csv).toContain(`,"Dòng 1\nDòng 2"\r\n`);
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
  });

  it("writes only the headers for no unit", () => {
    expect(agenciesToCsv([])).toBe(`\uFEFF${columns.map((c) => c.header).join(",")}\r\n`);
  });

  it("reads back through the import parser cell for cell, apostrophes included", async () => {
    const result = await parseSpreadsheet(new TextEncoder().encode(agenciesToCsv([base, hostile])), "danh-muc.csv");
    expect(result.ok).toBe(true);
    const rows = (result as { rows: RawRow[] }).rows;
    for (const [i, unit] of [base, hostile].entries()) {
      expect(columns.map((c) => rows[i]!.cells[c.key])).toEqual(
        exportCells(unit).map((v) => (v === "" ? null : neutraliseFormula(v))),
      );
    }
  });
});

describe("agenciesToXlsx", () => {
  const registry: RegistrySnapshot = {
    kinds: [
      {
        id: "00000000-0000-4000-8000-00000000000a",
        code: "ubnd_xa",
        nameVi: "UBND cấp xã",
        defaultIsoRequirement: "ENCOURAGED",
      },
    ],
    active: [
      { id: "00000000-0000-4000-8000-000000000883", code: "883", name: "UBND Thành phố Long Xuyên", parentId: null },
      {
        id: "00000000-0000-4000-8000-000000030307",
        code: "30307",
        name: "UBND Phường Mỹ Hòa",
        parentId: "00000000-0000-4000-8000-000000000883",
      },
    ],
  };

  it("is a workbook the import reads back to the same cells, every cell as text", async () => {
    const bytes = await agenciesToXlsx([base, hostile]);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const result = await parseSpreadsheet(new Uint8Array(bytes), "danh-muc.xlsx");
    expect(result).toMatchObject({ ok: true, format: "xlsx" });
    const rows = (result as { rows: RawRow[] }).rows;
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
    expect(rows.every((r) => r.formulas.length === 0)).toBe(true);
    for (const [i, unit] of [base, hostile].entries()) {
      const cells = columns.map((c) => rows[i]!.cells[c.key] ?? "");
      expect(cells.every((v) => typeof v === "string")).toBe(true); // "30307", "0" and dates stay text
      expect(cells).toEqual(exportCells(unit).map(neutraliseFormula));
    }
  });

  it("imports back as an update, the export's apostrophes removed", async () => {
    const parsed = await parseSpreadsheet(new Uint8Array(await agenciesToXlsx([base])), "danh-muc.xlsx");
    const result = validateImport((parsed as { rows: RawRow[] }).rows, registry);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      action: "update",
      id: "00000000-0000-4000-8000-000000030307",
      fields: {
        kindId: "00000000-0000-4000-8000-00000000000a",
        contactPhone: "+84 296 3852 000",
        note: "-15",
        procedureCount: 0,
        announcementDate: "2021-02-25",
        validTo: "2025-06-30",
        confirmed: true,
      },
    });
  });
});
