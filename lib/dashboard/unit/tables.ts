/*
 * A unit's dashboard (lib/dashboard/unit/data.ts) as translated tables (lib/dashboard/table-model.ts): what its page
 * draws (tables and charts) and what its XLSX export writes, so the two never disagree. Pure: the translator is handed
 * in, and tests/unit/dashboard-unit-tables.test.ts checks the tables on a fixture.
 *
 * Every table is always there, with its columns. An empty one (no rows) says why in its note, the "none" sentence:
 * the page shows that sentence in the table's place, the workbook writes it under the table's header row.
 */
import { groupLabel } from "@/lib/checklists";
import { formatCalendarDate, formatDate } from "@/lib/dates";
import type { Locale, Translate } from "@/lib/i18n";
import { cell, count, percent, text, type DashboardTable } from "../table-model";
import { calendarDay, lineLabel, orEmpty, scoreCell, shortGroupLabel } from "./cells";
import type { UnitDashboard } from "./data";
import { findingHref, inspectionHref, unitDashboardHref } from "./links";
import type { Score } from "./shape";

export type UnitTableContext = {
  t: Translate;
  locale: Locale;
  /** The as-of day the page was asked for (dd/MM/yyyy), kept by its links; null: today. */
  asOf?: string | null;
};

/** The unit's tables, in the page's order. */
export type UnitTables = {
  scores: DashboardTable;
  inspections: DashboardTable;
  /** The chosen inspection's scores by clause group (none chosen, or not one the reader sees: no rows). */
  clauses: DashboardTable;
  findings: DashboardTable;
  completeness: DashboardTable;
  reports: DashboardTable;
  lineage: DashboardTable;
};

export function unitDashboardTables(dashboard: UnitDashboard, context: UnitTableContext): UnitTables {
  return {
    scores: scoresTable(dashboard, context),
    inspections: inspectionsTable(dashboard, context),
    clauses: clausesTable(dashboard, context),
    ...followUpTables(dashboard, context),
    lineage: lineageTable(dashboard, context),
  };
}

/** The tables as the workbook writes them: in the page's order. */
export const unitWorkbookTables = (tables: UnitTables): DashboardTable[] => [
  tables.scores,
  tables.inspections,
  tables.clauses,
  tables.findings,
  tables.completeness,
  tables.reports,
  tables.lineage,
];

/** A row per year and unit of the line, oldest first; the conformities drawn as lines across the years. */
function scoresTable({ unit, years, names, asOf }: UnitDashboard, context: UnitTableContext): DashboardTable {
  const { t } = context;
  const notDone = t("dashboard.unit.scores.notDone");
  const table: DashboardTable = {
    id: "ket-qua-qua-cac-nam",
    title: t("dashboard.unit.scores.caption", { name: unit.name }),
    rowHeading: t("dashboard.unit.scores.year"),
    columns: [
      text("unit", t("dashboard.unit.scores.unit")),
      percent("dossier", t("dashboard.unit.scores.dossier")),
      percent("onSite", t("dashboard.unit.scores.onSite")),
      text("result", t("dashboard.unit.scores.result")),
      count("nonconformities", t("dashboard.unit.scores.nonconformities")),
    ],
    rows: years.flatMap(({ year, rows }) =>
      rows.map((row) => ({
        header: String(year),
        cells: [
          cell(lineLabel(t, unit.name, { name: names[row.agencyId] ?? "", predecessor: row.predecessor })),
          scoreCell(row.dossier, notDone, context),
          scoreCell(row.onSite, row.onSitePlanned ? notDone : t("dashboard.unit.scores.notPlanned"), context),
          cell(row.result ? t(`inspections.overall.${row.result}`) : notDone),
          cell(row.nonconformities),
        ],
      })),
    ),
    note: t("dashboard.unit.scores.signedOffOnly", { asOf: calendarDay(asOf) }),
    chart: { kind: "line", series: ["dossier", "onSite"] },
  };
  return orEmpty(table, t("dashboard.unit.scores.none"));
}

/** The inspections the reader may open, each to its page and to its scores by clause group on this dashboard. */
function inspectionsTable({ unit, inspections, clauses }: UnitDashboard, context: UnitTableContext): DashboardTable {
  const { t } = context;
  const byClause = t("dashboard.unit.inspections.byClause");
  const table: DashboardTable = {
    id: "cac-cuoc-kiem-tra",
    title: t("dashboard.unit.inspections.caption", { name: unit.name }),
    rowHeading: t("dashboard.unit.inspections.year"),
    columns: [
      text("plan", t("dashboard.unit.inspections.plan")),
      text("unit", t("dashboard.unit.inspections.unit")),
      text("kind", t("dashboard.unit.inspections.kind")),
      text("status", t("dashboard.unit.inspections.status")),
      text("recordDate", t("dashboard.unit.inspections.recordDate")),
      percent("conformity", t("dashboard.unit.inspections.conformity")),
      text("result", t("dashboard.unit.inspections.result")),
      text("clauses", t("dashboard.unit.inspections.clauses")),
    ],
    rows: inspections.map((i) => {
      const kind = t(`inspections.kinds.${i.kind}`);
      const which = `${kind} ${i.plan.year}, ${i.agencyName}`;
      return {
        header: String(i.plan.year),
        cells: [
          cell(i.plan.number),
          cell(i.agencyName),
          { value: kind, href: inspectionHref(i.id), label: `${t("dashboard.unit.inspections.open")}: ${which}` },
          cell(t(`inspections.statuses.${i.status}`)),
          cell(i.recordDate ? formatCalendarDate(i.recordDate) : null),
          scoreCell(i.score, null, context),
          cell(i.overallResult && i.status === "SIGNED_OFF" ? t(`inspections.overall.${i.overallResult}`) : null),
          clauses?.inspection.id === i.id
            ? cell(t("dashboard.unit.inspections.shown"))
            : {
                value: byClause,
                href: unitDashboardHref(unit.id, { inspectionId: i.id, asOf: context.asOf }),
                label: `${byClause}: ${which}`,
              },
        ],
      };
    }),
  };
  return orEmpty(table, t("dashboard.unit.inspections.none"));
}

/** The chosen inspection's conformity by clause group (each group opening the checklist there), then the whole. */
function clausesTable({ clauses }: UnitDashboard, context: UnitTableContext): DashboardTable {
  const { t } = context;
  const columns = [
    count("conforming", t("dashboard.unit.clauses.conforming")),
    count("applicable", t("dashboard.unit.clauses.applicable")),
    count("nonconforming", t("dashboard.unit.clauses.nonconforming")),
    percent("conformity", t("dashboard.unit.clauses.conformity")),
  ];
  const rowHeading = t("dashboard.unit.clauses.group");
  if (!clauses) {
    const none = t(clauses === undefined ? "dashboard.unit.clauses.notFound" : "dashboard.unit.clauses.none");
    const title = t("dashboard.unit.clauses.title");
    return { id: "theo-nhom-dieu-khoan", title, rowHeading, columns, rows: [], note: none };
  }
  const { inspection, groups, overall } = clauses;
  const kind = t(`inspections.kinds.${inspection.kind}`);
  const figures = (score: Score & { nonconforming: number }) => [
    cell(score.conforming),
    cell(score.applicable),
    cell(score.nonconforming),
    scoreCell(score, null, context),
  ];
  return {
    id: "theo-nhom-dieu-khoan",
    title: t("dashboard.unit.clauses.caption", { kind, year: inspection.plan.year }),
    rowHeading,
    columns,
    rows: [
      ...groups.map((g) => {
        const label = groupLabel(t, g);
        return {
          header: label,
          headerHref: g.href,
          headerLabel: t("dashboard.unit.clauses.openGroup", { group: label }),
          chartHeader: shortGroupLabel(t, g),
          cells: figures(g),
        };
      }),
      { header: t("dashboard.unit.clauses.overall"), total: true, cells: figures(overall) },
    ],
    note: t("dashboard.unit.clauses.lead", {
      kind,
      year: inspection.plan.year,
      plan: inspection.plan.number,
      unit: inspection.agencyName,
      status: t(`inspections.statuses.${inspection.status}`),
    }),
    chart: { kind: "bar", series: ["conformity"], horizontal: true },
  };
}

/** What is still owed: open findings (overdue said in the due date), records completeness, annual reports. */
function followUpTables(
  { unit, openFindings, completeness, annualReports }: UnitDashboard,
  { t }: UnitTableContext,
): Pick<UnitTables, "findings" | "completeness" | "reports"> {
  const findings: DashboardTable = {
    id: "phat-hien-chua-dong",
    title: t("dashboard.unit.findings.caption", { name: unit.name }),
    rowHeading: t("dashboard.unit.findings.number"),
    columns: [
      text("clause", t("dashboard.unit.findings.clause")),
      text("severity", t("dashboard.unit.findings.severity")),
      text("status", t("dashboard.unit.findings.status")),
      text("due", t("dashboard.unit.findings.due")),
      text("inspection", t("dashboard.unit.findings.inspection")),
    ],
    rows: openFindings.map((f) => {
      const due = f.dueDate ? formatCalendarDate(f.dueDate) : t("dashboard.unit.findings.noDue");
      return {
        header: String(f.number),
        headerHref: findingHref(f.id),
        headerLabel: t("dashboard.unit.findings.open", { number: f.number }),
        cells: [
          cell(f.clause),
          cell(t(`findings.severities.${f.severity}`)),
          cell(t(`findings.statuses.${f.status}`)),
          cell(f.overdue ? t("dashboard.unit.findings.dueOverdue", { date: due }) : due),
          cell(`${f.inspection.plan.year} — ${t(`inspections.kinds.${f.inspection.kind}`)}`),
        ],
      };
    }),
  };

  const records: DashboardTable = {
    id: "muc-day-du-ho-so",
    title: t("dashboard.unit.completeness.caption", { name: unit.name }),
    rowHeading: t("dashboard.unit.completeness.year"),
    columns: [
      text("plan", t("dashboard.unit.completeness.plan")),
      text("unit", t("dashboard.unit.completeness.unit")),
      percent("percent", t("dashboard.unit.completeness.percent")),
      count("accepted", t("dashboard.unit.completeness.accepted")),
      count("required", t("dashboard.unit.completeness.required")),
      text("missing", t("dashboard.unit.completeness.missing")),
    ],
    rows: completeness.map((c) => ({
      header: String(c.year),
      cells: [
        cell(c.planNumber),
        cell(c.agencyName),
        cell(c.percent),
        cell(c.accepted),
        cell(c.required),
        cell(c.missing.map((m) => t(`documents.categories.${m}`)).join("; ") || null),
      ],
    })),
  };

  const reports: DashboardTable = {
    id: "bao-cao-nam",
    title: t("dashboard.unit.reports.caption", { name: unit.name }),
    rowHeading: t("dashboard.unit.reports.year"),
    columns: [
      text("unit", t("dashboard.unit.reports.unit")),
      count("versions", t("dashboard.unit.reports.versions")),
      text("last", t("dashboard.unit.reports.last")),
    ],
    rows: annualReports.map((r) => ({
      header: String(r.year),
      cells: [cell(r.agencyName), cell(r.versions), cell(formatDate(r.lastAt))],
    })),
  };

  return {
    findings: orEmpty(findings, t("dashboard.unit.findings.none")),
    completeness: orEmpty(records, t("dashboard.unit.completeness.none")),
    reports: orEmpty(reports, t("dashboard.unit.reports.none")),
  };
}

/** The unit's predecessors, nearest first: into which unit each went, how, and from when. */
function lineageTable({ unit, predecessors }: UnitDashboard, { t }: UnitTableContext): DashboardTable {
  const table: DashboardTable = {
    id: "don-vi-tien-than",
    title: t("dashboard.unit.lineage.caption", { name: unit.name }),
    rowHeading: t("dashboard.unit.lineage.unit"),
    columns: [text("into", t("dashboard.unit.lineage.into")), text("effective", t("dashboard.unit.lineage.effective"))],
    rows: predecessors.map((p) => ({
      header: p.name,
      cells: [
        cell(`${p.successorName} (${t(`dashboard.unit.lineage.kinds.${p.split ? "SPLIT" : p.kind}`)})`),
        cell(formatCalendarDate(p.effectiveDate)),
      ],
    })),
    note: t("dashboard.unit.lineage.note"),
  };
  return orEmpty(table, t("dashboard.unit.lineage.none"));
}
