import { describe, expect, it } from "vitest";
import { dashboardFigure, keptWith, maxChartRows, maxColumnsBesideChart } from "@/lib/dashboard/figure";
import { dashboardTableHtml } from "@/lib/dashboard/table-html";
import { escapeHtml } from "@/lib/text/html";
import type { DashboardTable } from "@/lib/dashboard/table-model";
import { createTranslator } from "@/lib/i18n";

const t = createTranslator("vi");

const table: DashboardTable = {
  id: "theo-dia-ban",
  title: "Kết quả theo địa bàn năm 2021",
  rowHeading: "Địa bàn",
  columns: [
    { key: "units", label: "Số đơn vị", format: "count" },
    { key: "percent", label: "Tỷ lệ (%)", format: "percent" },
    { key: "note", label: "Ghi chú", format: "text" },
  ],
  rows: [
    {
      header: "Thành phố Long Xuyên",
      headerHref: "/tong-quan?nam=2021&huyen=abc",
      cells: [
        { value: 1234, href: "/kiem-tra?ke-hoach=p&don-vi=1", label: "1.234 đơn vị của Long Xuyên" },
        { value: 83.333 },
        { value: null },
      ],
    },
    { header: "Tổng", total: true, cells: [{ value: 1234 }, { value: 100 }, { value: "" }] },
  ],
  note: "Tính đến hết ngày 31/12/2021.",
  chart: { kind: "bar", series: ["units"] },
};

describe("dashboardTableHtml", () => {
  const html = dashboardTableHtml(table, "vi");

  it("draws an accessible table: caption, column headers, row headers, figures in the language's format", () => {
    expect(html).toContain('<caption class="sr-only">Kết quả theo địa bàn năm 2021</caption>');
    expect(html).toContain('<thead><tr><th scope="col">Địa bàn</th><th scope="col" class="n">Số đơn vị</th>');
    expect(html).toContain('<th scope="col">Ghi chú</th>');
    expect(html.match(/<th scope="row">/g)).toHaveLength(2);
    expect(html).toContain('<td class="n">83,3 %</td>');
    expect(html).toContain("<td>—</td>");
    expect(dashboardTableHtml(table, "en")).toContain('<td class="n">83.3 %</td>');
  });

  it("links a row's name to its drill-down and a figure to the list behind it, with the link's name", () => {
    expect(html).toContain('<th scope="row"><a href="/tong-quan?nam=2021&amp;huyen=abc">Thành phố Long Xuyên</a></th>');
    expect(html).toContain(
      '<td class="n"><a href="/kiem-tra?ke-hoach=p&amp;don-vi=1" aria-label="1.234 đơn vị của Long Xuyên">1.234</a></td>',
    );
  });

  it("marks total rows, writes the note, and the link to the whole table when the page shows its first rows", () => {
    expect(html).toContain('<tr class="t"><th scope="row">Tổng</th>');
    expect(html).toContain('<p class="text-sm text-slate-700">Tính đến hết ngày 31/12/2021.</p>');
    expect(html).not.toContain("print:hidden");
    const cut = dashboardTableHtml(
      { ...table, more: { total: 270, href: "/tong-quan?bang=x&nam=2021", label: "Xem cả 270" } },
      "vi",
    );
    expect(cut).toContain('href="/tong-quan?bang=x&amp;nam=2021"');
    expect(cut).toContain(">Xem cả 270</a></p>");
  });

  it("escapes every text of the model: names from the registry cannot inject markup", () => {
    const evil = '<img src=x onerror="alert(1)">&\'';
    const out = dashboardTableHtml(
      {
        ...table,
        title: evil,
        rowHeading: evil,
        columns: [{ key: "n", label: evil, format: "text" }],
        rows: [{ header: evil, headerHref: `/x?a="${evil}`, cells: [{ value: evil, href: evil, label: evil }] }],
        note: evil,
      },
      "vi",
    );
    expect(out).not.toContain("<img");
    expect(out).not.toMatch(/="[^"]*"[^ >]*onerror/);
    expect(out).toContain(escapeHtml(evil));
    expect(escapeHtml(evil)).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;");
  });
});

describe("dashboardFigure", () => {
  it("gives the chart its series' columns and the rows but the totals, without links", () => {
    const figure = dashboardFigure(table, t, "vi");
    expect(figure.html).toBe(dashboardTableHtml(table, "vi"));
    expect(figure.chart?.columns.map((c) => c.key)).toEqual(["units"]);
    expect(figure.chart?.rows).toEqual([{ header: "Thành phố Long Xuyên", cells: [{ value: 1234 }] }]);
    expect(figure.chartLabel).toContain(table.title);
  });

  it("draws no chart for a table without one, with only totals, or longer than a chart can show", () => {
    expect(dashboardFigure({ ...table, chart: undefined }, t, "vi").chart).toBeNull();
    expect(dashboardFigure({ ...table, rows: [table.rows[1]!] }, t, "vi").chart).toBeNull();
    const long = Array.from({ length: maxChartRows + 1 }, (_, i) => ({ header: `Xã ${i}`, cells: [{ value: i }] }));
    expect(dashboardFigure({ ...table, rows: long }, t, "vi").chart).toBeNull();
    expect(dashboardFigure({ ...table, rows: long.slice(1) }, t, "vi").chart?.rows).toHaveLength(maxChartRows);
  });

  it("puts a table of more than four figure columns under its chart, a narrower one beside it", () => {
    const columns = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ key: `c${i}`, label: `Cột ${i}`, format: "count" as const }));
    expect(dashboardFigure({ ...table, columns: columns(maxColumnsBesideChart) }, t, "vi").wide).toBe(false);
    expect(dashboardFigure({ ...table, columns: columns(maxColumnsBesideChart + 1) }, t, "vi").wide).toBe(true);
  });

  it("keeps the pareto chart's count and cumulative columns", () => {
    const pareto = dashboardFigure(
      { ...table, chart: { kind: "pareto", series: "units", cumulative: "percent" } },
      t,
      "vi",
    );
    expect(pareto.chart?.columns.map((c) => c.key)).toEqual(["units", "percent"]);
  });
});

describe("keptWith", () => {
  it("makes a value once per owner and key, and again for another owner", () => {
    let made = 0;
    const make = () => ({ n: ++made });
    const owner = {};
    expect(keptWith(owner, "vi", make)).toBe(keptWith(owner, "vi", make));
    expect(keptWith(owner, "en", make)).not.toBe(keptWith(owner, "vi", make));
    expect(keptWith({}, "vi", make).n).toBe(3);
    expect(made).toBe(3);
  });
});
