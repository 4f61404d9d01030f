/*
 * The month-by-month progress (sections/months.ts) as a dashboard table: pure, no database, so the page, the chart
 * and the XLSX sheet are built from the same rows and each step is checked on fixtures
 * (tests/unit/dashboard-sections.test.ts).
 */
import { formatCalendarDate } from "@/lib/dates";
import type { MilestoneKind } from "@/lib/generated/prisma/enums";
import type { Locale, Translate } from "@/lib/i18n";
import type { DashboardColumn, DashboardTable } from "../table-model";
import { shareOf } from "./share";

export type MonthRow = {
  /** 1–12. */
  month: number;
  /** Inspections signed off in the month, and from the start of the year to the end of the month. */
  dossierDone: number;
  dossierCumulative: number;
  onSiteDone: number;
  onSiteCumulative: number;
  /** Inspections started in the month (any state now); null when the reader does not see work in progress. */
  started: { dossier: number; onSite: number } | null;
  /** The plans' milestones dated in the month, by date; `plans`: how many of the filter's plans have it so. */
  milestones: { kind: MilestoneKind; date: Date; plans: number }[];
};

export type MonthlyProgress = {
  year: number;
  asOf: Date;
  /** Targets of the filter's plans in its region: in the dossier track, on the on-site track. */
  dossierPlanned: number;
  onSitePlanned: number;
  /** How many plans the filter counts (a milestone shared by fewer of them says so). */
  planCount: number;
  workInProgress: boolean;
  /** The months begun by the as-of day, January first; empty for a year not yet begun. */
  months: MonthRow[];
};

const pad = (n: number) => String(n).padStart(2, "0");

/** The months as one table: a row per month ("01/2021"), done, running total and share of the plan per track. */
export function monthsTable(data: MonthlyProgress, t: Translate, _locale: Locale): DashboardTable {
  const columns: DashboardColumn[] = [
    { key: "dossierDone", label: t("dashboard.months.dossierDone"), format: "count" },
    { key: "dossierCumulative", label: t("dashboard.months.dossierCumulative"), format: "count" },
    { key: "dossierPercent", label: t("dashboard.months.dossierPercent"), format: "percent" },
    { key: "onSiteDone", label: t("dashboard.months.onSiteDone"), format: "count" },
    { key: "onSiteCumulative", label: t("dashboard.months.onSiteCumulative"), format: "count" },
    { key: "onSitePercent", label: t("dashboard.months.onSitePercent"), format: "percent" },
  ];
  if (data.workInProgress)
    columns.push(
      { key: "dossierStarted", label: t("dashboard.months.dossierStarted"), format: "count" },
      { key: "onSiteStarted", label: t("dashboard.months.onSiteStarted"), format: "count" },
    );
  columns.push({ key: "milestones", label: t("dashboard.months.milestones"), format: "text" });

  const milestoneText = (m: MonthRow["milestones"][number]) => {
    const params = { name: t(`plans.milestone.${m.kind}`), date: formatCalendarDate(m.date) };
    return m.plans < data.planCount
      ? t("dashboard.months.milestoneOfSome", { ...params, plans: m.plans, total: data.planCount })
      : t("dashboard.months.milestone", params);
  };
  const rows = data.months.map((m) => ({
    header: `${pad(m.month)}/${data.year}`,
    cells: [
      { value: m.dossierDone },
      { value: m.dossierCumulative },
      { value: shareOf(m.dossierCumulative, data.dossierPlanned) },
      { value: m.onSiteDone },
      { value: m.onSiteCumulative },
      { value: shareOf(m.onSiteCumulative, data.onSitePlanned) },
      ...(data.workInProgress ? [{ value: m.started?.dossier ?? 0 }, { value: m.started?.onSite ?? 0 }] : []),
      { value: m.milestones.length ? m.milestones.map(milestoneText).join("; ") : null },
    ],
  }));

  return {
    id: "progress-by-month",
    title: t("dashboard.months.caption", { year: data.year }),
    rowHeading: t("dashboard.months.month"),
    columns,
    rows,
    note: t(data.workInProgress ? "dashboard.months.noteWorkInProgress" : "dashboard.months.note", {
      dossier: data.dossierPlanned,
      onSite: data.onSitePlanned,
      asOf: formatCalendarDate(data.asOf),
    }),
    chart: { kind: "line", series: ["dossierPercent", "onSitePercent"] },
  };
}
