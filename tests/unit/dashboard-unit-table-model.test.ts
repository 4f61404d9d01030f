import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { dashboardFigure } from "@/lib/dashboard/figure";
import { dashboardTableHtml } from "@/lib/dashboard/table-html";
import type { DashboardTable } from "@/lib/dashboard/table-model";
import { dashboardWorkbook } from "@/lib/dashboard/xlsx";
import { createTranslator } from "@/lib/i18n";

/*
 * The optional fields the unit dashboard added to the table model: a figure's `detail` (a score's sum, which the page
 * gave screen readers before it drew its tables from the model), a row link's `headerLabel`, and a row's shorter
 * `chartHeader` for a chart's axis. Absent, the HTML, the chart and the workbook are what they were.
 */
const table: DashboardTable = {
  id: "theo-nhom-dieu-khoan",
  title: "Mức phù hợp theo nhóm điều khoản",
  rowHeading: "Nhóm điều khoản",
  columns: [
    { key: "applicable", label: "Áp dụng", format: "count" },
    { key: "conformity", label: "Mức phù hợp (%)", format: "percent" },
  ],
  rows: [
    {
      header: "4 Bối cảnh",
      headerHref: "/kiem-tra/x#group-ISO_9001_2015-4",
      headerLabel: "Mở bảng kiểm tại 4 Bối cảnh",
      chartHeader: "4",
      cells: [{ value: 30 }, { value: 83.3, detail: "25/30 = 83,3 %" }],
    },
    { header: "8 Thực hiện", cells: [{ value: 0 }, { value: null, detail: "never shown" }] },
    { header: "Toàn bộ", total: true, cells: [{ value: 30 }, { value: 83.3 }] },
  ],
  chart: { kind: "bar", series: ["conformity"], horizontal: true },
};

describe("a figure's detail and a row link's name in the HTML table", () => {
  const html = dashboardTableHtml(table, "vi");

  it("says the detail after the figure to a screen reader, and on hover", () => {
    expect(html).toContain(
      '<td class="n"><span title="25/30 = 83,3 %">83,3 %</span><span class="sr-only"> (25/30 = 83,3 %)</span></td>',
    );
    // Nothing to detail where there is no figure; a figure without detail is drawn as before.
    expect(html).not.toContain("never shown");
    expect(html).toContain('<tr class="t"><th scope="row">Toàn bộ</th><td class="n">30</td><td class="n">83,3 %</td>');
  });

  it("names a row's link when the row's name alone would not say where it leads", () => {
    expect(html).toContain(
      '<th scope="row"><a href="/kiem-tra/x#group-ISO_9001_2015-4" aria-label="Mở bảng kiểm tại 4 Bối cảnh">4 Bối cảnh</a></th>',
    );
    expect(html).toContain('<th scope="row">8 Thực hiện</th>');
  });

  it("escapes both", () => {
    const evil = '"><script>alert(1)</script>';
    const out = dashboardTableHtml(
      {
        ...table,
        rows: [{ header: "x", headerHref: "/x", headerLabel: evil, cells: [{ value: 1 }, { value: 2, detail: evil }] }],
      },
      "vi",
    );
    expect(out).not.toContain("<script>");
    expect(out).toContain('aria-label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});

describe("a row's name on a chart's axis", () => {
  it("is its chartHeader when it has one; the table keeps the full name", () => {
    const figure = dashboardFigure(table, createTranslator("vi"), "vi");
    expect(figure.chart?.rows.map((row) => row.header)).toEqual(["4", "8 Thực hiện"]);
    expect(figure.html).toContain(">4 Bối cảnh</a></th>");
  });
});

describe("a figure's detail in the workbook", () => {
  it("is the cell's note; the figure stays a number", async () => {
    const buffer = await dashboardWorkbook([table], { title: "Tổng quan đơn vị", lines: [] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[1]!;
    expect(sheet.getCell("C3").value).toBe(83.3);
    expect(sheet.getCell("C3").note).toBe("25/30 = 83,3 %");
    // No figure, no note; no detail, no note.
    expect(sheet.getCell("C4").note).toBeUndefined();
    expect(sheet.getCell("C5").note).toBeUndefined();
    expect(sheet.getCell("B3").note).toBeUndefined();
  });
});
