import { describe, expect, it } from "vitest";
import type { Role, YearReportKind, YearReportStatus } from "@/lib/generated/prisma/enums";
import {
  availableActions,
  canCorrect,
  canEditNarrative,
  canReadYearReports,
  canRefreshFigures,
  yearReportVisibility,
} from "@/lib/year-reports/policy";

const N: YearReportKind = "NOVEMBER_CONSOLIDATION";
const M: YearReportKind = "MINISTRY_ANNUAL";

describe("year report workflow table", () => {
  // role, kind, status → the buttons that role has
  const table: [Role, YearReportKind, YearReportStatus, string[]][] = [
    ["DOST_INSPECTOR", N, "DRAFT", ["submit"]],
    ["DOST_ADMIN", N, "DRAFT", ["submit"]],
    ["DOST_INSPECTOR", N, "RETURNED", ["submit"]],
    ["DOST_INSPECTOR", N, "SUBMITTED", []],
    ["DOST_ADMIN", N, "SUBMITTED", ["approve", "return"]],
    ["DOST_ADMIN", N, "APPROVED", ["send"]],
    ["DOST_INSPECTOR", N, "APPROVED", []],
    ["COMMITTEE_VIEWER", N, "SUBMITTED", []],
    ["COMMITTEE_VIEWER", N, "SENT", ["acknowledge"]],
    ["COMMITTEE_VIEWER", M, "SENT", ["approveForMinistry", "returnByCommittee"]],
    ["COMMITTEE_VIEWER", N, "ACKNOWLEDGED", []],
    ["COMMITTEE_VIEWER", M, "APPROVED_FOR_MINISTRY", []],
    ["DOST_ADMIN", M, "SENT", []],
    ["AGENCY_OFFICER", N, "DRAFT", []],
    ["PARTNER_INSPECTOR", N, "SUBMITTED", []],
    ["AGENCY_OFFICER", M, "SENT", []],
  ];
  it.each(table)("%s on a %s report in %s may %j", (role, kind, status, actions) => {
    expect(availableActions(role, { kind, status })).toEqual(actions);
  });
});

describe("editing, correcting and reading", () => {
  it("lets DOST staff edit the narrative only while the report is a draft or returned", () => {
    for (const status of ["DRAFT", "RETURNED"] as const) {
      expect(canEditNarrative({ role: "DOST_INSPECTOR" }, { status })).toBe(true);
      expect(canEditNarrative({ role: "COMMITTEE_VIEWER" }, { status })).toBe(false);
    }
    for (const status of ["SUBMITTED", "APPROVED", "SENT", "ACKNOWLEDGED"] as const)
      expect(canEditNarrative({ role: "DOST_ADMIN" }, { status })).toBe(false);
  });

  // role × status → may recompute the stored figures ("Cập nhật số liệu")
  const refreshTable: [Role, YearReportStatus, boolean][] = [
    ["DOST_INSPECTOR", "DRAFT", true],
    ["DOST_ADMIN", "DRAFT", true],
    ["DOST_ADMIN", "SUBMITTED", false],
    ["DOST_INSPECTOR", "RETURNED", false],
    ["DOST_ADMIN", "APPROVED", false],
    ["DOST_ADMIN", "SENT", false],
    ["COMMITTEE_VIEWER", "DRAFT", false],
    ["COMMITTEE_VIEWER", "SENT", false],
    ["AGENCY_OFFICER", "DRAFT", false],
    ["PARTNER_INSPECTOR", "DRAFT", false],
  ];
  it.each(refreshTable)("%s may refresh the figures of a report in %s: %s", (role, status, allowed) => {
    expect(canRefreshFigures({ role }, { status })).toBe(allowed);
  });

  it("makes a correction only of a sent report, once, by DOST staff", () => {
    expect(canCorrect({ role: "DOST_INSPECTOR" }, { status: "SENT", hasCorrection: false })).toBe(true);
    expect(canCorrect({ role: "DOST_ADMIN" }, { status: "RETURNED_BY_COMMITTEE", hasCorrection: false })).toBe(true);
    expect(canCorrect({ role: "DOST_ADMIN" }, { status: "SENT", hasCorrection: true })).toBe(false);
    expect(canCorrect({ role: "DOST_ADMIN" }, { status: "APPROVED", hasCorrection: false })).toBe(false);
    expect(canCorrect({ role: "COMMITTEE_VIEWER" }, { status: "SENT", hasCorrection: false })).toBe(false);
  });

  it("shows the reports to DOST staff and the Committee only, the Committee only sent ones", () => {
    expect(canReadYearReports({ role: "DOST_ADMIN" })).toBe(true);
    expect(canReadYearReports({ role: "COMMITTEE_VIEWER" })).toBe(true);
    expect(canReadYearReports({ role: "AGENCY_OFFICER" })).toBe(false);
    expect(canReadYearReports({ role: "PARTNER_INSPECTOR" })).toBe(false);
    expect(yearReportVisibility({ role: "DOST_INSPECTOR" })).toEqual({});
    expect(yearReportVisibility({ role: "COMMITTEE_VIEWER" })).toEqual({
      status: { in: ["SENT", "ACKNOWLEDGED", "APPROVED_FOR_MINISTRY", "RETURNED_BY_COMMITTEE"] },
    });
  });
});
