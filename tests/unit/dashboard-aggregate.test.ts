import { describe, expect, it } from "vitest";
import { paretoOf, progressOf, repeatsOf, resultsOf, severityOf } from "@/lib/dashboard/aggregate";
import { findingsHref, inspectionsHref } from "@/lib/dashboard/links";
import { canReadDashboard, ownUnitDashboard, seesWorkInProgress } from "@/lib/dashboard/policy";
import { parseDashboardQuery } from "@/lib/dashboard/schema";
import type { NovemberFigures, UnitRow } from "@/lib/year-reports/figures/types";

const unit = (completeness: number | null): UnitRow => ({
  name: "Đơn vị",
  kind: "UBND cấp xã",
  district: null,
  onSite: false,
  dossierDone: false,
  onSiteDone: false,
  conformity: null,
  result: null,
  nonconformities: 0,
  unresolved: 0,
  completeness,
});

describe("progressOf", () => {
  it("adds the kinds' coverage and counts the units below 50 % completeness", () => {
    const progress = progressOf({
      coverage: [
        { kind: "Sở", dossierPlanned: 10, dossierDone: 4, onSitePlanned: 3, onSiteDone: 1 },
        { kind: "Xã", dossierPlanned: 5, dossierDone: 5, onSitePlanned: 2, onSiteDone: 0 },
      ],
      units: [unit(49), unit(50), unit(0), unit(null), unit(100)],
      completeness: { units: 4, complete: 1, averagePercent: 49 },
    });
    expect(progress).toEqual({
      dossierDone: 9,
      dossierPlanned: 15,
      onSiteDone: 1,
      onSitePlanned: 5,
      completenessUnits: 4,
      completenessAverage: 49,
      completenessBelow: 2,
    });
  });
});

const groups: NovemberFigures["findingsByGroup"] = [
  { standard: "ISO_9001_2015", group: "4", major: 0, minor: 1, recommendation: 0 },
  { standard: "ISO_9001_2015", group: "8", major: 2, minor: 3, recommendation: 1 },
  { standard: "QD19_2014", group: "Đ36.2", major: 1, minor: 2, recommendation: 0 },
  { standard: "ISO_9001_2015", group: "7", major: 0, minor: 0, recommendation: 0 },
];

describe("paretoOf", () => {
  it("sorts the groups by count, most first, with floor shares and a cumulative share ending at 100", () => {
    expect(paretoOf(groups)).toEqual([
      { standard: "ISO_9001_2015", group: "8", count: 6, percent: 60, cumulativePercent: 60 },
      { standard: "QD19_2014", group: "Đ36.2", count: 3, percent: 30, cumulativePercent: 90 },
      { standard: "ISO_9001_2015", group: "4", count: 1, percent: 10, cumulativePercent: 100 },
    ]);
  });

  it("ends at 100 % even when the floor shares do not add up, and is empty without findings", () => {
    const rows = paretoOf([
      { standard: "ISO_9001_2015", group: "4", major: 1, minor: 0, recommendation: 0 },
      { standard: "ISO_9001_2015", group: "5", major: 1, minor: 0, recommendation: 0 },
      { standard: "ISO_9001_2015", group: "6", major: 1, minor: 0, recommendation: 0 },
    ]);
    expect(rows.map((r) => [r.group, r.percent, r.cumulativePercent])).toEqual([
      ["4", 33, 33],
      ["5", 33, 66],
      ["6", 33, 100],
    ]);
    expect(paretoOf([])).toEqual([]);
  });
});

describe("severityOf, repeatsOf, resultsOf", () => {
  it("add up the findings by severity, the repeats and the results of every kind", () => {
    expect(severityOf(groups)).toEqual({ major: 3, minor: 6, recommendation: 1, total: 10 });
    expect(
      repeatsOf([
        { name: "A", repeats: 2 },
        { name: "B", repeats: 1 },
      ]),
    ).toBe(3);
    expect(
      resultsOf([
        { kind: "Sở", conforming: 2, withFindings: 1, notConforming: 0 },
        { kind: "Xã", conforming: 0, withFindings: 4, notConforming: 3 },
      ]),
    ).toEqual({ conforming: 2, withFindings: 5, notConforming: 3, total: 10 });
  });
});

describe("the year in the URL", () => {
  it("accepts a year, none, and refuses a bad one with a Vietnamese message", () => {
    expect(parseDashboardQuery({ nam: "2021" })).toEqual({ ok: true, year: 2021 });
    expect(parseDashboardQuery({})).toEqual({ ok: true, year: undefined });
    expect(parseDashboardQuery({ nam: "" })).toEqual({ ok: true, year: undefined });
    expect(parseDashboardQuery({ nam: "abc" })).toEqual({ ok: false, message: "Năm phải là một số, ví dụ ?nam=2021." });
    expect(parseDashboardQuery({ nam: "1999" })).toEqual({ ok: false, message: "Năm phải từ 2000 đến 2100." });
    expect(parseDashboardQuery({ nam: "2021.5" })).toEqual({
      ok: false,
      message: "Năm phải là số nguyên, ví dụ ?nam=2021.",
    });
  });
});

describe("who reads the dashboard and where its counts lead", () => {
  it("lets DOST staff, the committee and partners (on their plans) in; work in progress for DOST and partners; officers to their own unit", () => {
    const table = [
      { role: "DOST_ADMIN", reads: true, wip: true },
      { role: "DOST_INSPECTOR", reads: true, wip: true },
      { role: "PARTNER_INSPECTOR", reads: true, wip: true },
      { role: "COMMITTEE_VIEWER", reads: true, wip: false },
      { role: "AGENCY_OFFICER", reads: false, wip: false },
    ] as const;
    for (const row of table) {
      expect([row.role, canReadDashboard({ role: row.role })]).toEqual([row.role, row.reads]);
      expect([row.role, seesWorkInProgress({ role: row.role })]).toEqual([row.role, row.wip]);
    }
    const unit = "0190a1b2-0000-7000-8000-000000000009";
    expect(ownUnitDashboard({ role: "AGENCY_OFFICER", agencyId: unit })).toBe(unit);
    expect(ownUnitDashboard({ role: "DOST_ADMIN", agencyId: null })).toBeNull();
  });

  it("links with the filters the lists read, and not at all without a single plan", () => {
    const plan = "0190a1b2-0000-7000-8000-000000000001";
    expect(inspectionsHref(plan, { kind: "ON_SITE", status: "SIGNED_OFF" })).toBe(
      `/kiem-tra?plan=${plan}&kind=ON_SITE&status=SIGNED_OFF`,
    );
    expect(findingsHref(plan, { overdue: true })).toBe(`/phat-hien?plan=${plan}&overdue=yes`);
    expect(findingsHref(plan, { severity: "MAJOR" })).toBe(`/phat-hien?plan=${plan}&severity=MAJOR`);
    expect(inspectionsHref(null)).toBeNull();
    expect(findingsHref(null)).toBeNull();
  });
});
