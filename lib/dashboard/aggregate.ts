/*
 * Pure aggregation of the dashboard's figures from the year's figures (lib/year-reports/figures): no database,
 * so each step is checked on small fixtures with known answers (tests/unit/dashboard-aggregate.test.ts).
 */
import type { NovemberFigures } from "@/lib/year-reports";

/** Below this records completeness (percent) a unit is called out on the dashboard. */
export const completenessThreshold = 50;

export type Progress = {
  dossierDone: number;
  dossierPlanned: number;
  onSiteDone: number;
  onSitePlanned: number;
  /** Units in scope with a completeness figure, their floor average, and how many are below the threshold. */
  completenessUnits: number;
  completenessAverage: number;
  completenessBelow: number;
};

export function progressOf(figures: Pick<NovemberFigures, "coverage" | "units" | "completeness">): Progress {
  const sum = (key: "dossierDone" | "dossierPlanned" | "onSiteDone" | "onSitePlanned") =>
    figures.coverage.reduce((s, row) => s + row[key], 0);
  return {
    dossierDone: sum("dossierDone"),
    dossierPlanned: sum("dossierPlanned"),
    onSiteDone: sum("onSiteDone"),
    onSitePlanned: sum("onSitePlanned"),
    completenessUnits: figures.completeness.units,
    completenessAverage: figures.completeness.averagePercent,
    completenessBelow: figures.units.filter((u) => u.completeness !== null && u.completeness < completenessThreshold)
      .length,
  };
}

export type ParetoRow = {
  standard: string;
  group: string;
  count: number;
  /** Share of all findings, and running share down the sorted table, in whole percent (floor). */
  percent: number;
  cumulativePercent: number;
};

/** Findings by clause group, most first (ties by standard then group), with the running share: the Pareto table. */
export function paretoOf(groups: NovemberFigures["findingsByGroup"]): ParetoRow[] {
  const rows = groups
    .map((g) => ({ standard: g.standard, group: g.group, count: g.major + g.minor + g.recommendation }))
    .filter((r) => r.count > 0)
    .sort(
      (a, b) =>
        b.count - a.count ||
        a.standard.localeCompare(b.standard) ||
        a.group.localeCompare(b.group, "vi", { numeric: true }),
    );
  const total = rows.reduce((s, r) => s + r.count, 0);
  let running = 0;
  return rows.map((r) => {
    running += r.count;
    return {
      ...r,
      percent: Math.floor((r.count * 100) / total),
      cumulativePercent: running === total ? 100 : Math.floor((running * 100) / total),
    };
  });
}

/** Each of `keys` summed over `rows`, and their grand total. */
function totalsOf<K extends string>(rows: readonly Record<K, number>[], keys: readonly K[]) {
  const totals = Object.fromEntries(keys.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)])) as Record<K, number>;
  return { ...totals, total: keys.reduce((s, k) => s + totals[k], 0) };
}

export type SeverityTotals = { major: number; minor: number; recommendation: number; total: number };

export const severityOf = (groups: NovemberFigures["findingsByGroup"]): SeverityTotals =>
  totalsOf(groups, ["major", "minor", "recommendation"]);

export const repeatsOf = (repeats: NovemberFigures["repeats"]) => repeats.reduce((s, r) => s + r.repeats, 0);

export type ResultTotals = { conforming: number; withFindings: number; notConforming: number; total: number };

/** The year's overall results over every kind of unit. */
export const resultsOf = (byKind: NovemberFigures["resultsByKind"]): ResultTotals =>
  totalsOf(byKind, ["conforming", "withFindings", "notConforming"]);
