import { describe, expect, it } from "vitest";
import { cellText, chartData, chartRows, formatFigure } from "@/lib/dashboard/format";
import type { DashboardColumn, DashboardTable } from "@/lib/dashboard/table-model";

const count: DashboardColumn = { key: "n", label: "Số lượng", format: "count" };
const percent: DashboardColumn = { key: "p", label: "Tỷ lệ (%)", format: "percent" };
const text: DashboardColumn = { key: "t", label: "Ghi chú", format: "text" };

describe("cellText", () => {
  it("writes counts with the language's thousands separator", () => {
    expect(cellText({ value: 1234567 }, count, "vi")).toBe("1.234.567");
    expect(cellText({ value: 1234567 }, count, "en")).toBe("1,234,567");
    expect(cellText({ value: 0 }, count, "vi")).toBe("0");
  });

  it("writes percents with one decimal and a spaced %", () => {
    expect(cellText({ value: 83.333 }, percent, "vi")).toBe("83,3 %");
    expect(cellText({ value: 83.333 }, percent, "en")).toBe("83.3 %");
    expect(cellText({ value: 100 }, percent, "vi")).toBe("100,0 %");
    expect(cellText({ value: 0 }, percent, "vi")).toBe("0,0 %");
  });

  it("shows null as a dash, and a text as it is whatever the column's format", () => {
    expect(cellText({ value: null }, count, "vi")).toBe("—");
    expect(cellText({ value: null }, percent, "en")).toBe("—");
    expect(cellText({ value: "Không áp dụng" }, count, "vi")).toBe("Không áp dụng");
    expect(cellText({ value: 2026 }, text, "vi")).toBe("2026");
  });

  it("formatFigure agrees with cellText", () => {
    expect(formatFigure(12.25, "percent", "vi")).toBe("12,3 %");
    expect(formatFigure(1500, "count", "vi")).toBe("1.500");
  });
});

describe("chart data", () => {
  const table: DashboardTable = {
    id: "t",
    title: "Kết quả",
    rowHeading: "Kết quả",
    columns: [count, percent, text],
    rows: [
      { header: "Đạt", cells: [{ value: 3 }, { value: 60 }, { value: "x" }] },
      { header: "Không đạt", cells: [{ value: null }, { value: 40 }] },
      { header: "Tổng cộng", total: true, cells: [{ value: 5 }, { value: 100 }, { value: null }] },
    ],
  };

  it("leaves total rows out and keys each row's numbers by column (null when not a number)", () => {
    expect(chartRows(table).map((r) => r.header)).toEqual(["Đạt", "Không đạt"]);
    expect(chartData(table)).toEqual([
      { name: "Đạt", n: 3, p: 60, t: null },
      { name: "Không đạt", n: null, p: 40, t: null },
    ]);
  });
});
