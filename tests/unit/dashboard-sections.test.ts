import { describe, expect, it } from "vitest";
import { monthsTable, type MonthlyProgress } from "@/lib/dashboard/sections/months-table";
import { yearsTables, type YearFigures, type YearOverYear } from "@/lib/dashboard/sections/years-table";
import { createTranslator } from "@/lib/i18n";

const vi = createTranslator("vi");
const en = createTranslator("en");
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const months: MonthlyProgress = {
  year: 2021,
  asOf: day(2021, 3, 20),
  dossierPlanned: 200,
  onSitePlanned: 0,
  planCount: 2,
  workInProgress: true,
  months: [
    {
      month: 1,
      dossierDone: 0,
      dossierCumulative: 0,
      onSiteDone: 0,
      onSiteCumulative: 0,
      started: { dossier: 5, onSite: 0 },
      milestones: [],
    },
    {
      month: 2,
      dossierDone: 1,
      dossierCumulative: 1,
      onSiteDone: 0,
      onSiteCumulative: 0,
      started: { dossier: 3, onSite: 1 },
      milestones: [{ kind: "TEAM_SETUP", date: day(2021, 2, 1), plans: 1 }],
    },
    {
      month: 3,
      dossierDone: 132,
      dossierCumulative: 133,
      onSiteDone: 0,
      onSiteCumulative: 0,
      started: { dossier: 0, onSite: 0 },
      milestones: [
        { kind: "DOSSIER_DEADLINE", date: day(2021, 3, 15), plans: 2 },
        { kind: "ONSITE_START", date: day(2021, 3, 31), plans: 2 },
      ],
    },
  ],
};

describe("monthsTable", () => {
  it("makes a row per month (MM/yyyy) with done, running total and share of the plan per track", () => {
    const table = monthsTable(months, vi, "vi");
    expect(table.id).toBe("progress-by-month");
    expect(table.title).toBe("Tiến độ kiểm tra theo tháng năm 2021");
    expect(table.rowHeading).toBe("Tháng");
    expect(table.rows.map((r) => r.header)).toEqual(["01/2021", "02/2021", "03/2021"]);
    expect(table.columns.map((c) => c.key)).toEqual([
      "dossierDone",
      "dossierCumulative",
      "dossierPercent",
      "onSiteDone",
      "onSiteCumulative",
      "onSitePercent",
      "dossierStarted",
      "onSiteStarted",
      "milestones",
    ]);
    expect(table.columns.map((c) => c.format)).toEqual([
      "count",
      "count",
      "percent",
      "count",
      "count",
      "percent",
      "count",
      "count",
      "text",
    ]);
    // 133 of 200 = 66,5 %; 1 of 200 = 0,5 %; nothing planned on site: no share.
    expect(table.rows[2]!.cells.slice(0, 8).map((c) => c.value)).toEqual([132, 133, 66.5, 0, 0, null, 0, 0]);
    expect(table.rows[1]!.cells[2]!.value).toBe(0.5);
    expect(table.rows[0]!.cells[6]!.value).toBe(5);
    expect(table.chart).toEqual({ kind: "line", series: ["dossierPercent", "onSitePercent"] });
    expect(table.note).toContain("200 đơn vị kiểm tra hồ sơ");
    expect(table.note).toContain("20/03/2021");
  });

  it("writes the milestones dd/MM/yyyy, saying when only some of the plans have them", () => {
    const table = monthsTable(months, vi, "vi");
    const text = (row: number) => table.rows[row]!.cells.at(-1)!.value;
    expect(text(0)).toBeNull();
    expect(text(1)).toBe("Thành lập đoàn kiểm tra: 01/02/2021 (1/2 kế hoạch)");
    expect(text(2)).toBe("Hạn nộp hồ sơ, báo cáo: 15/03/2021; Bắt đầu kiểm tra tại trụ sở: 31/03/2021");
    expect(monthsTable(months, en, "en").rows[1]!.cells.at(-1)!.value).toBe(
      "Inspection team set up: 01/02/2021 (1/2 plans)",
    );
  });

  it("leaves out the started columns for a reader without work in progress", () => {
    const table = monthsTable(
      { ...months, workInProgress: false, months: months.months.map((m) => ({ ...m, started: null })) },
      vi,
      "vi",
    );
    expect(table.columns.map((c) => c.key)).not.toContain("dossierStarted");
    expect(table.rows.every((r) => r.cells.length === table.columns.length)).toBe(true);
    expect(table.note).not.toContain("bắt đầu");
  });

  it("has no rows for a year not yet begun", () => {
    expect(monthsTable({ ...months, months: [] }, vi, "vi").rows).toEqual([]);
  });
});

const year = (overrides: Partial<YearFigures> & { year: number }): YearFigures => ({
  units: 0,
  dossierDone: 0,
  onSitePlanned: 0,
  onSiteDone: 0,
  conformity: null,
  conformityUnits: 0,
  results: { conforming: 0, withFindings: 0, notConforming: 0 },
  findings: { major: 0, minor: 0, recommendations: 0 },
  standards: { iso2008: 0, iso2015: 0, none: 0 },
  unitsInForce: 0,
  unitsMergedAway: 0,
  ...overrides,
});

const history: YearOverYear = {
  asOf: day(2025, 11, 15),
  region: null,
  years: [
    year({
      year: 2016,
      units: 197,
      dossierDone: 197,
      onSitePlanned: 60,
      onSiteDone: 59,
      conformity: 0.96666,
      conformityUnits: 197,
      results: { conforming: 40, withFindings: 120, notConforming: 37 },
      findings: { major: 10, minor: 70, recommendations: 50 },
      standards: { iso2008: 100, iso2015: 150, none: 6 },
      unitsInForce: 130,
      unitsMergedAway: 67,
    }),
    year({ year: 2025, units: 150, dossierDone: 3, conformity: 1, conformityUnits: 3 }),
  ],
};

describe("yearsTables", () => {
  const [progress, findings, iso] = yearsTables(history, vi, "vi");

  it("gives progress and results, findings, and the ISO versions by year, oldest first", () => {
    expect([progress!.id, findings!.id, iso!.id]).toEqual(["years-progress", "years-findings", "years-iso"]);
    for (const table of [progress!, findings!, iso!]) {
      expect(table.rows.map((r) => r.header)).toEqual(["2016", "2025"]);
      expect(table.rowHeading).toBe("Năm");
      expect(table.rows.every((r) => r.cells.length === table.columns.length)).toBe(true);
    }
  });

  it("puts the shares and the mean conformity as percents with one decimal, never a false 100 %", () => {
    expect(progress!.columns.map((c) => c.key)).toEqual([
      "units",
      "dossierDone",
      "dossierPercent",
      "onSitePlanned",
      "onSiteDone",
      "onSitePercent",
      "conformity",
      "conforming",
      "withFindings",
      "notConforming",
      "unitsInForce",
      "unitsMergedAway",
    ]);
    expect(progress!.rows[0]!.cells.map((c) => c.value)).toEqual([
      197, 197, 100, 60, 59, 98.3, 96.7, 40, 120, 37, 130, 67,
    ]);
    // 3 of 150 dossiers; nothing planned on site: no share; every unit fully conforming: 100.
    expect(progress!.rows[1]!.cells.slice(0, 7).map((c) => c.value)).toEqual([150, 3, 2, 0, 0, null, 100]);
    expect(progress!.chart).toEqual({ kind: "line", series: ["dossierPercent", "onSitePercent", "conformity"] });
    expect(progress!.note).toContain("15/11/2025");
  });

  it("adds the nonconformities up and stacks them with the recommendations", () => {
    expect(findings!.rows[0]!.cells.map((c) => c.value)).toEqual([10, 70, 80, 50]);
    expect(findings!.chart).toEqual({ kind: "bar", series: ["major", "minor", "recommendations"], stacked: true });
  });

  it("gives the 2015 share of the inspections on either version (those without a version left out)", () => {
    expect(iso!.rows[0]!.cells.map((c) => c.value)).toEqual([100, 150, 6, 60]);
    expect(iso!.rows[1]!.cells.map((c) => c.value)).toEqual([0, 0, 0, null]);
    expect(iso!.chart).toEqual({ kind: "bar", series: ["iso2008", "iso2015"], stacked: true });
  });

  it("is in English for an English reader", () => {
    const [englishProgress] = yearsTables(history, en, "en");
    expect(englishProgress!.title).toBe("Inspection progress and results by year");
    expect(englishProgress!.columns[0]!.label).toBe("Units in the dossier scope");
  });
});
