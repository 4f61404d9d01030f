import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { DashboardTable } from "@/lib/dashboard/table-model";
import { dashboardWorkbook, sheetName } from "@/lib/dashboard/xlsx";

const progress: DashboardTable = {
  id: "progress",
  title: "Tiến độ kiểm tra năm 2026",
  rowHeading: "Chỉ tiêu",
  columns: [
    { key: "done", label: "Đã hoàn thành", format: "count" },
    { key: "planned", label: "Theo kế hoạch", format: "count" },
    { key: "share", label: "Tỷ lệ (%)", format: "percent" },
  ],
  rows: [
    {
      header: "Kiểm tra hồ sơ",
      headerHref: "/kiem-tra?loai=DOSSIER",
      cells: [
        { value: 1234, href: "/kiem-tra?x=1", label: "Kiểm tra hồ sơ: đã hoàn thành" },
        { value: 1500 },
        { value: 82.3 },
      ],
    },
    { header: "Kiểm tra tại trụ sở", cells: [{ value: 5 }, { value: 6 }, { value: null }] },
    { header: "Tổng cộng", total: true, cells: [{ value: 1239 }, { value: 1506 }, { value: 82.3 }] },
  ],
  note: "Chỉ tính các cuộc kiểm tra đã ký biên bản.",
  chart: { kind: "bar", series: ["done", "planned"] },
};

const pareto: DashboardTable = {
  id: "findings-pareto",
  title: "Phát hiện theo nhóm điều khoản: cộng dồn [%] / năm 2026?",
  rowHeading: "Nhóm điều khoản",
  columns: [
    { key: "count", label: "Số lượng", format: "count" },
    { key: "cumulative", label: "Cộng dồn (%)", format: "percent" },
    { key: "remark", label: "Ghi chú", format: "text" },
  ],
  rows: [
    { header: "=7 Hỗ trợ", cells: [{ value: 12 }, { value: 60 }, { value: "+1 so với năm trước" }] },
    { header: "8 Thực hiện", cells: [{ value: 8 }, { value: 100 }, { value: null }] },
  ],
  chart: { kind: "pareto", series: "count", cumulative: "cumulative" },
};

/** Same title as `pareto`: its sheet needs another name. */
const paretoAgain: DashboardTable = { ...pareto, id: "findings-pareto-2", rows: pareto.rows.slice(0, 1) };

async function readBack(tables: DashboardTable[]) {
  const buffer = await dashboardWorkbook(tables, {
    title: "Tổng quan kiểm tra HTQLCL năm 2026",
    lines: ["Năm: 2026", "Số liệu đến ngày: 05/12/2026", "Phạm vi: toàn tỉnh", "Người xuất: Nguyễn Văn A"],
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

describe("dashboardWorkbook", () => {
  it("writes a summary sheet, then one sheet per table with a valid, unique name", async () => {
    const workbook = await readBack([progress, pareto, paretoAgain]);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual([
      "Tổng quan",
      "Tiến độ kiểm tra năm 2026",
      "Phát hiện theo nhóm điều khoản",
      "Phát hiện theo nhóm điều kh (2)",
    ]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    const summary = workbook.getWorksheet("Tổng quan")!;
    expect(rowValues(summary, 1)).toEqual(["Tổng quan kiểm tra HTQLCL năm 2026"]);
    expect(summary.getRow(1).font?.bold).toBe(true);
    expect(rowValues(summary, 2)).toEqual(["Năm: 2026"]);
    expect(rowValues(summary, 5)).toEqual(["Người xuất: Nguyễn Văn A"]);
    expect(rowValues(summary, 7)).toEqual([progress.title]);
    expect(rowValues(summary, 8)).toEqual([pareto.title]);
  });

  it("writes the title, the header and the rows; figures are numbers with number formats, totals bold", async () => {
    const workbook = await readBack([progress, pareto]);
    const sheet = workbook.worksheets[1]!;
    expect(rowValues(sheet, 1)).toEqual(["Tiến độ kiểm tra năm 2026"]);
    expect(rowValues(sheet, 2)).toEqual(["Chỉ tiêu", "Đã hoàn thành", "Theo kế hoạch", "Tỷ lệ (%)"]);
    expect(sheet.getRow(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });

    // Links are written as their plain values.
    expect(rowValues(sheet, 3)).toEqual(["Kiểm tra hồ sơ", 1234, 1500, 82.3]);
    expect(sheet.getCell("B3").numFmt).toBe("#,##0");
    expect(sheet.getCell("D3").numFmt).toBe("0.0");
    expect(sheet.getCell("A3").hyperlink).toBeUndefined();
    expect(sheet.getCell("B3").hyperlink).toBeUndefined();

    // null stays an empty cell, not a dash a spreadsheet cannot sum.
    expect(sheet.getCell("D4").value).toBeNull();
    expect(sheet.getRow(4).font?.bold).not.toBe(true);

    expect(rowValues(sheet, 5)).toEqual(["Tổng cộng", 1239, 1506, 82.3]);
    expect(sheet.getRow(5).font?.bold).toBe(true);
    expect(sheet.getCell("A7").value).toBe(progress.note);
    expect(sheet.getCell("A7").font?.italic).toBe(true);
  });

  it("keeps text as text and neutralises what a spreadsheet would run as a formula", async () => {
    const workbook = await readBack([pareto]);
    const sheet = workbook.worksheets[1]!;
    expect(rowValues(sheet, 2)).toEqual(["Nhóm điều khoản", "Số lượng", "Cộng dồn (%)", "Ghi chú"]);
    expect(rowValues(sheet, 3)).toEqual(["'=7 Hỗ trợ", 12, 60, "'+1 so với năm trước"]);
    expect(sheet.getCell("B3").type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell("C3").numFmt).toBe("0.0");
    expect(sheet.getCell("D3").numFmt).toBeUndefined();
    expect(sheet.getCell("D4").value).toBeNull();
    expect(sheet.rowCount).toBe(4);
  });
});

describe("sheetName", () => {
  it("drops characters Excel refuses, cuts at 31, and makes names unique case-insensitively", () => {
    const taken = new Set<string>();
    expect(sheetName("Kết quả: đạt/không đạt [2026]", taken)).toBe("Kết quả đạt không đạt 2026");
    expect(sheetName("KẾT QUẢ ĐẠT KHÔNG ĐẠT 2026", taken)).toBe("KẾT QUẢ ĐẠT KHÔNG ĐẠT 2026 (2)");
    expect(sheetName("'Trích dẫn'", taken)).toBe("Trích dẫn");
    expect(sheetName("???", taken)).toBe("Bảng");
    expect(sheetName("History", taken)).toBe("History (2)");
    const long = sheetName("x".repeat(40), taken);
    expect(long).toBe("x".repeat(31));
    expect(sheetName("x".repeat(40), taken)).toBe(`${"x".repeat(27)} (2)`);
  });
});
