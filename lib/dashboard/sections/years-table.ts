import type { DashboardRegion } from "../schema";
/*
 * The year-over-year figures (sections/years.ts) as dashboard tables: pure, no database (checked on fixtures in
 * tests/unit/dashboard-sections.test.ts). Rows are years, oldest first, so the charts read left to right.
 */
import { formatCalendarDate } from "@/lib/dates";
import type { Locale, Translate } from "@/lib/i18n";
import type { DashboardTable } from "../table-model";
import { percentOf, shareOf } from "./share";

export type YearFigures = {
  year: number;
  /** Units in the dossier scope of the year's plans (once however many plans name them). */
  units: number;
  /** Of those, units with a signed-off dossier review / on the on-site track / with a signed-off on-site inspection. */
  dossierDone: number;
  onSitePlanned: number;
  onSiteDone: number;
  /** Mean of the units' conformity (conforming ÷ applicable of their year's result) in [0, 1]; null when none. */
  conformity: number | null;
  /** Units whose conformity is counted (a result with at least one applicable item). */
  conformityUnits: number;
  results: { conforming: number; withFindings: number; notConforming: number };
  /** Findings of signed-off inspections, raised by the as-of day. */
  findings: { major: number; minor: number; recommendations: number };
  /** Signed-off inspections by the ISO 9001 version their checklist was composed for. */
  standards: { iso2008: number; iso2015: number; none: number };
  /** Units in scope still in force on the as-of day, and those whose existence ended before it (reorganised). */
  unitsInForce: number;
  unitsMergedAway: number;
};

export type YearOverYear = {
  asOf: Date;
  region: DashboardRegion | null;
  /** Every year with a plan at work the reader may see, oldest first. */
  years: YearFigures[];
};

/** Progress and results by year: units, done and share of each track, mean conformity, results, reorganised units. */
export function yearsProgressTable(data: YearOverYear, t: Translate): DashboardTable {
  return {
    id: "years-progress",
    title: t("dashboard.years.progressCaption"),
    rowHeading: t("dashboard.years.year"),
    columns: [
      { key: "units", label: t("dashboard.years.units"), format: "count" },
      { key: "dossierDone", label: t("dashboard.years.dossierDone"), format: "count" },
      { key: "dossierPercent", label: t("dashboard.years.dossierPercent"), format: "percent" },
      { key: "onSitePlanned", label: t("dashboard.years.onSitePlanned"), format: "count" },
      { key: "onSiteDone", label: t("dashboard.years.onSiteDone"), format: "count" },
      { key: "onSitePercent", label: t("dashboard.years.onSitePercent"), format: "percent" },
      { key: "conformity", label: t("dashboard.years.conformity"), format: "percent" },
      { key: "conforming", label: t("dashboard.years.conforming"), format: "count" },
      { key: "withFindings", label: t("dashboard.years.withFindings"), format: "count" },
      { key: "notConforming", label: t("dashboard.years.notConforming"), format: "count" },
      { key: "unitsInForce", label: t("dashboard.years.unitsInForce"), format: "count" },
      { key: "unitsMergedAway", label: t("dashboard.years.unitsMergedAway"), format: "count" },
    ],
    rows: data.years.map((y) => ({
      header: String(y.year),
      cells: [
        { value: y.units },
        { value: y.dossierDone },
        { value: shareOf(y.dossierDone, y.units) },
        { value: y.onSitePlanned },
        { value: y.onSiteDone },
        { value: shareOf(y.onSiteDone, y.onSitePlanned) },
        { value: percentOf(y.conformity) },
        { value: y.results.conforming },
        { value: y.results.withFindings },
        { value: y.results.notConforming },
        { value: y.unitsInForce },
        { value: y.unitsMergedAway },
      ],
    })),
    note: t("dashboard.years.progressNote", { asOf: formatCalendarDate(data.asOf) }),
    chart: { kind: "line", series: ["dossierPercent", "onSitePercent", "conformity"] },
  };
}

/** Findings by year: nonconformities by severity and recommendations. */
export function yearsFindingsTable(data: YearOverYear, t: Translate): DashboardTable {
  return {
    id: "years-findings",
    title: t("dashboard.years.findingsCaption"),
    rowHeading: t("dashboard.years.year"),
    columns: [
      { key: "major", label: t("dashboard.years.major"), format: "count" },
      { key: "minor", label: t("dashboard.years.minor"), format: "count" },
      { key: "nonconformities", label: t("dashboard.years.nonconformities"), format: "count" },
      { key: "recommendations", label: t("dashboard.years.recommendations"), format: "count" },
    ],
    rows: data.years.map((y) => ({
      header: String(y.year),
      cells: [
        { value: y.findings.major },
        { value: y.findings.minor },
        { value: y.findings.major + y.findings.minor },
        { value: y.findings.recommendations },
      ],
    })),
    note: t("dashboard.years.findingsNote", { asOf: formatCalendarDate(data.asOf) }),
    chart: { kind: "bar", series: ["major", "minor", "recommendations"], stacked: true },
  };
}

/** The ISO 9001:2008 → 2015 transition: signed-off inspections by the version their checklist followed. */
export function yearsStandardsTable(data: YearOverYear, t: Translate): DashboardTable {
  return {
    id: "years-iso",
    title: t("dashboard.years.isoCaption"),
    rowHeading: t("dashboard.years.year"),
    columns: [
      { key: "iso2008", label: t("dashboard.years.iso2008"), format: "count" },
      { key: "iso2015", label: t("dashboard.years.iso2015"), format: "count" },
      { key: "none", label: t("dashboard.years.isoNone"), format: "count" },
      { key: "iso2015Percent", label: t("dashboard.years.iso2015Percent"), format: "percent" },
    ],
    rows: data.years.map((y) => {
      const { iso2008, iso2015, none } = y.standards;
      return {
        header: String(y.year),
        cells: [
          { value: iso2008 },
          { value: iso2015 },
          { value: none },
          { value: shareOf(iso2015, iso2008 + iso2015) },
        ],
      };
    }),
    note: t("dashboard.years.isoNote"),
    chart: { kind: "bar", series: ["iso2008", "iso2015"], stacked: true },
  };
}

/** The three year-over-year tables, in the page's order. */
export function yearsTables(data: YearOverYear, t: Translate, _locale: Locale): DashboardTable[] {
  return [yearsProgressTable(data, t), yearsFindingsTable(data, t), yearsStandardsTable(data, t)];
}
