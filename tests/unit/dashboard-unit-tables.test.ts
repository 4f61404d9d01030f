import { describe, expect, it } from "vitest";
import { groupLabel } from "@/lib/checklists";
import { dashboardFigure } from "@/lib/dashboard/figure";
import { cellText, chartData } from "@/lib/dashboard/format";
import type { DashboardTable } from "@/lib/dashboard/table-model";
import type { UnitDashboard } from "@/lib/dashboard/unit/loaders";
import { unitDashboardTables, unitWorkbookTables, type UnitTables } from "@/lib/dashboard/unit/tables";
import { createTranslator } from "@/lib/i18n";

/*
 * The unit dashboard's tables (lib/dashboard/unit/tables.ts) on a small fixture: commune N formed on 01/07/2025 from
 * A (merged) and part of B (split); A's 2021 dossier review and on-site inspection signed off, N's 2026 review in
 * progress; two open findings (one overdue), one plan's records, one annual report.
 */
const t = createTranslator("vi");
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const tally = (conforming: number, applicable: number, nonconforming = applicable - conforming) => ({
  total: applicable,
  conforming,
  nonconforming,
  notApplicable: 0,
  unassessed: 0,
  applicable,
  conformity: applicable === 0 ? null : conforming / applicable,
  provisional: false,
});
const merged = { successorId: "N", effectiveDate: day(2025, 7, 1), depth: 1 };

const inspectionA = {
  id: "iA",
  agencyId: "A",
  kind: "ON_SITE" as const,
  status: "SIGNED_OFF" as const,
  recordDate: day(2021, 9, 1),
  signedOffAt: day(2021, 9, 1),
  overallResult: "CONFORMING_WITH_FINDINGS" as const,
  plan: { id: "p2021", year: 2021, number: "05/KH-SKHCN" },
  agencyName: "Xã Mỹ Hoà",
  own: false,
  score: { conforming: 3, applicable: 4, conformity: 0.75 },
};

const dashboard: UnitDashboard = {
  asOf: "2026-06-01",
  unit: {
    id: "N",
    code: "30280",
    name: "UBND xã Mỹ Hoà Hưng",
    validFrom: day(2025, 7, 1),
    validTo: null,
    standardVersion: "ISO_9001_2015",
    announcementNumber: null,
    announcementDate: null,
    kind: { code: "ubnd_xa", nameVi: "UBND cấp xã", nameEn: "Commune People's Committee", level: 3 },
    parent: null,
    successors: [],
    districtId: null,
  },
  predecessors: [
    { ...merged, agencyId: "A", kind: "MERGE", split: false, name: "Xã Mỹ Hoà", successorName: "UBND xã Mỹ Hoà Hưng" },
    { ...merged, agencyId: "B", kind: "SPLIT", split: true, name: "Xã Mỹ Khánh", successorName: "UBND xã Mỹ Hoà Hưng" },
  ],
  years: [
    {
      year: 2021,
      planNumbers: ["05/KH-SKHCN"],
      rows: [
        {
          agencyId: "A",
          predecessor: { ...merged, agencyId: "A", kind: "MERGE", split: false },
          onSitePlanned: true,
          dossier: { conforming: 8, applicable: 10, conformity: 0.8 },
          onSite: { conforming: 3, applicable: 4, conformity: 0.75 },
          result: "CONFORMING_WITH_FINDINGS",
          nonconformities: 3,
        },
        {
          agencyId: "B",
          predecessor: { ...merged, agencyId: "B", kind: "SPLIT", split: true },
          onSitePlanned: false,
          dossier: null,
          onSite: null,
          result: null,
          nonconformities: 0,
        },
      ],
    },
    {
      year: 2026,
      planNumbers: ["01/KH-SKHCN"],
      rows: [
        {
          agencyId: "N",
          predecessor: null,
          onSitePlanned: true,
          // Nothing applied: no ratio to show.
          dossier: { conforming: 0, applicable: 0, conformity: null },
          onSite: null,
          result: null,
          nonconformities: 0,
        },
      ],
    },
  ],
  names: { N: "UBND xã Mỹ Hoà Hưng", A: "Xã Mỹ Hoà", B: "Xã Mỹ Khánh" },
  inspections: [
    {
      id: "iN",
      agencyId: "N",
      kind: "DOSSIER",
      status: "IN_PROGRESS",
      recordDate: null,
      signedOffAt: null,
      overallResult: null,
      plan: { id: "p2026", year: 2026, number: "01/KH-SKHCN" },
      agencyName: "UBND xã Mỹ Hoà Hưng",
      own: true,
      score: null,
    },
    inspectionA,
  ],
  clauses: {
    inspection: inspectionA,
    overall: tally(3, 4),
    groups: [
      { ...tally(2, 2), standard: "ISO_9001_2015", group: "4", href: "/kiem-tra/iA#group-ISO_9001_2015-4" },
      { ...tally(1, 2), standard: "ISO_9001_2015", group: "8", href: "/kiem-tra/iA#group-ISO_9001_2015-8" },
    ],
  },
  openFindings: [
    {
      id: "f1",
      number: 3,
      clause: "8.5.1",
      severity: "MAJOR",
      status: "OPEN",
      dueDate: day(2026, 1, 15),
      agencyId: "A",
      repeatOfId: null,
      inspection: { id: "iA", kind: "ON_SITE", plan: { year: 2021, number: "05/KH-SKHCN" } },
      overdue: true,
    },
    {
      id: "f2",
      number: 5,
      clause: "7.5",
      severity: "MINOR",
      status: "ANSWERED",
      dueDate: null,
      agencyId: "A",
      repeatOfId: null,
      inspection: { id: "iA", kind: "ON_SITE", plan: { year: 2021, number: "05/KH-SKHCN" } },
      overdue: false,
    },
  ],
  completeness: [
    {
      year: 2026,
      planId: "p2026",
      planNumber: "01/KH-SKHCN",
      agencyId: "N",
      agencyName: "UBND xã Mỹ Hoà Hưng",
      percent: 50,
      required: 6,
      accepted: 3,
      missing: ["ANNUAL_REPORT", "QUALITY_POLICY"],
    },
  ],
  annualReports: [
    { year: 2021, agencyId: "A", agencyName: "Xã Mỹ Hoà", versions: 2, lastAt: new Date("2021-12-10T03:00:00Z") },
  ],
};

const empty: UnitDashboard = {
  ...dashboard,
  predecessors: [],
  years: [],
  names: { N: "UBND xã Mỹ Hoà Hưng" },
  inspections: [],
  clauses: null,
  openFindings: [],
  completeness: [],
  annualReports: [],
};

/** A table as text, as the page reads it: each row's name, then each cell in its column's format. */
const read = (table: DashboardTable) =>
  table.rows.map((row) => [row.header, ...table.columns.map((c, i) => cellText(row.cells[i]!, c, "vi"))]);
const column = (table: DashboardTable, key: string) => table.columns.findIndex((c) => c.key === key);
const cellOf = (table: DashboardTable, row: number, key: string) => table.rows[row]!.cells[column(table, key)]!;

const tables: UnitTables = unitDashboardTables(dashboard, { t, locale: "vi", asOf: null });

describe("the unit's scores over the years", () => {
  const { scores } = tables;

  it("a row per year and unit of the line, oldest first, a predecessor named 'X (nay là Y)', its part when split", () => {
    expect(scores.title).toBe("Mức phù hợp và kết quả kiểm tra của UBND xã Mỹ Hoà Hưng qua các năm");
    expect(scores.rowHeading).toBe("Năm");
    expect(read(scores)).toEqual([
      ["2021", "Xã Mỹ Hoà (nay là UBND xã Mỹ Hoà Hưng)", "80,0 %", "75,0 %", "Đạt, còn điểm cần khắc phục", "3"],
      [
        "2021",
        "Xã Mỹ Khánh (một phần nay là UBND xã Mỹ Hoà Hưng)",
        "Chưa có",
        "Không có trong kế hoạch",
        "Chưa có",
        "0",
      ],
      ["2026", "UBND xã Mỹ Hoà Hưng", "Chưa có", "Chưa có", "Chưa có", "0"],
    ]);
  });

  it("scores are percents (0–100) with their sum as the detail; the note says what counts, as of when", () => {
    expect(cellOf(scores, 0, "dossier")).toEqual({ value: 80, detail: "8/10 = 80,0 %" });
    expect(cellOf(scores, 0, "onSite")).toEqual({ value: 75, detail: "3/4 = 75,0 %" });
    expect(cellOf(scores, 0, "nonconformities")).toEqual({ value: 3 });
    expect(scores.note).toBe("Chỉ tính các cuộc kiểm tra đã ký biên bản đến ngày 01/06/2026.");
  });

  it("draws the conformities as lines across the years", () => {
    expect(scores.chart).toEqual({ kind: "line", series: ["dossier", "onSite"] });
    const figure = dashboardFigure(scores, t, "vi");
    // A year without a score has no point (the table says why).
    expect(chartData(figure.chart!)).toEqual([
      { name: "2021", dossier: 80, onSite: 75 },
      { name: "2021", dossier: null, onSite: null },
      { name: "2026", dossier: null, onSite: null },
    ]);
    // The table says the sum to a screen reader.
    expect(figure.html).toContain(
      '<td class="n"><span title="8/10 = 80,0 %">80,0 %</span><span class="sr-only"> (8/10 = 80,0 %)</span></td>',
    );
  });
});

describe("the unit's inspections", () => {
  const { inspections } = tables;

  it("each opens its page, and shows its scores by clause group on this dashboard unless it is the one shown", () => {
    expect(inspections.title).toBe("Các cuộc kiểm tra của UBND xã Mỹ Hoà Hưng");
    expect(read(inspections)).toEqual([
      [
        "2026",
        "01/KH-SKHCN",
        "UBND xã Mỹ Hoà Hưng",
        "Qua hồ sơ, báo cáo",
        "Đang kiểm tra",
        "—",
        "—",
        "—",
        "Xem theo nhóm điều khoản",
      ],
      [
        "2021",
        "05/KH-SKHCN",
        "Xã Mỹ Hoà",
        "Tại trụ sở",
        "Đã ký kết luận",
        "01/09/2021",
        "75,0 %",
        "Đạt, còn điểm cần khắc phục",
        "Đang xem bên dưới",
      ],
    ]);
    expect(cellOf(inspections, 0, "kind")).toEqual({
      value: "Qua hồ sơ, báo cáo",
      href: "/kiem-tra/iN",
      label: "Mở cuộc kiểm tra: Qua hồ sơ, báo cáo 2026, UBND xã Mỹ Hoà Hưng",
    });
    expect(cellOf(inspections, 1, "kind").href).toBe("/kiem-tra/iA");
    expect(cellOf(inspections, 0, "clauses")).toEqual({
      value: "Xem theo nhóm điều khoản",
      href: "/tong-quan/don-vi/N?kiem-tra=iN",
      label: "Xem theo nhóm điều khoản: Qua hồ sơ, báo cáo 2026, UBND xã Mỹ Hoà Hưng",
    });
    expect(cellOf(inspections, 1, "clauses").href).toBeUndefined();
    expect(cellOf(inspections, 1, "conformity").detail).toBe("3/4 = 75,0 %");
    expect(inspections.chart).toBeUndefined();
  });

  it("the link to the scores by clause group keeps the day the page was asked for", () => {
    const asOf = unitDashboardTables(dashboard, { t, locale: "vi", asOf: "01/06/2026" });
    expect(cellOf(asOf.inspections, 0, "clauses").href).toBe("/tong-quan/don-vi/N?kiem-tra=iN&ngay=01%2F06%2F2026");
  });
});

describe("the chosen inspection by clause group", () => {
  const { clauses } = tables;

  it("a row per group opening the checklist there, then the whole inspection as the total row; bars of the conformity", () => {
    const [g4, g8] = dashboard.clauses!.groups.map((g) => groupLabel(t, g));
    expect(clauses.title).toBe("Mức phù hợp theo nhóm điều khoản của cuộc kiểm tra Tại trụ sở năm 2021");
    expect(read(clauses)).toEqual([
      [g4, "2", "2", "0", "100,0 %"],
      [g8, "1", "2", "1", "50,0 %"],
      ["Toàn bộ", "3", "4", "1", "75,0 %"],
    ]);
    expect(clauses.rows.map((r) => [r.headerHref ?? null, r.headerLabel ?? null, r.total ?? false])).toEqual([
      ["/kiem-tra/iA#group-ISO_9001_2015-4", `Mở bảng kiểm tại ${g4}`, false],
      ["/kiem-tra/iA#group-ISO_9001_2015-8", `Mở bảng kiểm tại ${g8}`, false],
      [null, null, true],
    ]);
    expect(cellOf(clauses, 2, "conformity").detail).toBe("3/4 = 75,0 %");
    expect(clauses.note).toBe("Tại trụ sở năm 2021 (05/KH-SKHCN), Xã Mỹ Hoà, trạng thái: Đã ký kết luận.");
    expect(clauses.chart).toEqual({ kind: "bar", series: ["conformity"], horizontal: true });
    // The total row stays out of the chart.
    // The chart names the groups without their standard: the full names would not fit its axis.
    expect(chartData(dashboardFigure(clauses, t, "vi").chart!)).toEqual([
      { name: "4. Bối cảnh của tổ chức", conformity: 100 },
      { name: "8. Thực hiện", conformity: 50 },
    ]);
  });
});

describe("what is still owed", () => {
  it("open findings: the number opens the finding, overdue said in the due date", () => {
    const { findings } = tables;
    expect(read(findings)).toEqual([
      ["3", "8.5.1", "Nặng", "Chờ khắc phục", "15/01/2026 (quá hạn)", "2021 — Tại trụ sở"],
      ["5", "7.5", "Nhẹ", "Chờ xác minh", "Chưa đặt", "2021 — Tại trụ sở"],
    ]);
    expect(findings.rows.map((r) => [r.headerHref, r.headerLabel])).toEqual([
      ["/phat-hien/f1", "Mở phát hiện số 3"],
      ["/phat-hien/f2", "Mở phát hiện số 5"],
    ]);
  });

  it("records completeness as a percent with the accepted and required records as counts; annual reports", () => {
    expect(read(tables.completeness)).toEqual([
      [
        "2026",
        "01/KH-SKHCN",
        "UBND xã Mỹ Hoà Hưng",
        "50,0 %",
        "3",
        "6",
        "Báo cáo năm về áp dụng HTQLCL; " + t("documents.categories.QUALITY_POLICY"),
      ],
    ]);
    expect(tables.completeness.rows[0]!.cells.slice(2, 5).map((c) => c.value)).toEqual([50, 3, 6]);
    expect(read(tables.reports)).toEqual([["2021", "Xã Mỹ Hoà", "2", "10/12/2021"]]);
  });

  it("the lineage: each predecessor, into which unit and how, from when", () => {
    expect(read(tables.lineage)).toEqual([
      ["Xã Mỹ Hoà", "UBND xã Mỹ Hoà Hưng (Hợp nhất, sáp nhập)", "01/07/2025"],
      ["Xã Mỹ Khánh", "UBND xã Mỹ Hoà Hưng (Chia tách (một phần))", "01/07/2025"],
    ]);
  });
});

describe("empty tables and the workbook", () => {
  it("an empty table keeps its columns, draws no chart, and says why in its note", () => {
    const none = unitDashboardTables(empty, { t, locale: "vi" });
    const notes = Object.fromEntries(
      Object.entries(none).map(([key, table]) => [key, [table.rows.length, table.chart ?? null, table.note]]),
    );
    expect(notes).toEqual({
      scores: [0, null, "Đơn vị chưa có trong kế hoạch kiểm tra nào đã được phê duyệt."],
      inspections: [0, null, "Chưa có cuộc kiểm tra nào bạn được xem."],
      clauses: [0, null, "Chưa có cuộc kiểm tra đã ký biên bản để xem theo nhóm điều khoản."],
      findings: [0, null, "Không có phát hiện nào chưa đóng."],
      completeness: [0, null, "Không có số liệu."],
      reports: [0, null, "Chưa nhận báo cáo năm nào."],
      lineage: [0, null, "Đơn vị không có đơn vị tiền thân trong danh mục."],
    });
    expect(none.scores.columns).toEqual(tables.scores.columns);
    expect(none.clauses.title).toBe("Mức phù hợp theo nhóm điều khoản");
    expect(dashboardFigure(none.scores, t, "vi").chart).toBeNull();
    // An inspection asked for that the reader does not see among the unit's is said so.
    expect(unitDashboardTables({ ...dashboard, clauses: undefined }, { t, locale: "vi" }).clauses).toMatchObject({
      rows: [],
      note: "Không tìm thấy cuộc kiểm tra này trong các cuộc kiểm tra của đơn vị mà bạn được xem.",
    });
  });

  it("the workbook takes every table in the page's order, each with an id of its own", () => {
    const ids = unitWorkbookTables(tables).map((table) => table.id);
    expect(ids).toEqual([
      "ket-qua-qua-cac-nam",
      "cac-cuoc-kiem-tra",
      "theo-nhom-dieu-khoan",
      "phat-hien-chua-dong",
      "muc-day-du-ho-so",
      "bao-cao-nam",
      "don-vi-tien-than",
    ]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it("speaks the reader's language", () => {
    const en = unitDashboardTables(dashboard, { t: createTranslator("en"), locale: "en" });
    expect(en.scores.rows.map((r) => r.cells[0]!.value)).toEqual([
      "Xã Mỹ Hoà (now UBND xã Mỹ Hoà Hưng)",
      "Xã Mỹ Khánh (now partly UBND xã Mỹ Hoà Hưng)",
      "UBND xã Mỹ Hoà Hưng",
    ]);
    expect(en.scores.rows[0]!.cells[1]).toEqual({ value: 80, detail: "8/10 = 80.0 %" });
    expect(en.findings.rows[0]!.cells[3]!.value).toBe("15/01/2026 (overdue)");
  });
});
