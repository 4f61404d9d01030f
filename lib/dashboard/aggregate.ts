/*
 * Pure shaping of the dashboard's rows (lib/dashboard/facts.ts) into its figures: no database, so each step is
 * checked on small fixtures with known answers (tests/unit/dashboard-aggregate.test.ts).
 */
import type { ChecklistStandard, FindingSeverity, OnSiteCategory, OverallResult } from "@/lib/generated/prisma/enums";
import { clauseGroupFor } from "@/lib/checklists";
import { scoreBand, scoreBands, type ScoreBand } from "@/lib/year-reports";
import type { DashboardRegion } from "./filter";
import type { FindingGroupFact, StageFact, UnitFact } from "./facts";

/** Below this records completeness (percent) a unit is called out on the dashboard. */
export const completenessThreshold = 50;

export const resultKeys = ["conforming", "withFindings", "notConforming"] as const;
export type ResultKey = (typeof resultKeys)[number];
const resultKey: Record<OverallResult, ResultKey> = {
  CONFORMING: "conforming",
  CONFORMING_WITH_FINDINGS: "withFindings",
  NOT_CONFORMING: "notConforming",
};

/** conforming ÷ applicable of a done inspection; null when it is not done or nothing applied. */
export const conformityOf = (stage: StageFact | null): number | null =>
  stage?.done && stage.applicable ? (stage.conforming ?? 0) / stage.applicable : null;

/** The unit's result of the year: the on-site inspection's when it is done, else the dossier review's. */
export function unitResult(unit: UnitFact): { result: ResultKey | null; conformity: number | null } {
  const stage = unit.onSiteStage?.done ? unit.onSiteStage : unit.dossier?.done ? unit.dossier : null;
  return { result: stage?.result ? resultKey[stage.result] : null, conformity: conformityOf(stage) };
}

/** The counts every grouping of units shows (a kind, a district, a category, the whole). */
export type UnitTotals = {
  units: number;
  dossierDone: number;
  dossierInProgress: number;
  onSitePlanned: number;
  onSiteDone: number;
  onSiteInProgress: number;
  conforming: number;
  withFindings: number;
  notConforming: number;
  /** Units with a score, and the mean of their conformity (0–1; null without any). */
  scored: number;
  averageConformity: number | null;
  annualReports: number;
};

export function totalsOfUnits(units: readonly UnitFact[]): UnitTotals {
  const totals: UnitTotals = {
    units: units.length,
    dossierDone: 0,
    dossierInProgress: 0,
    onSitePlanned: 0,
    onSiteDone: 0,
    onSiteInProgress: 0,
    conforming: 0,
    withFindings: 0,
    notConforming: 0,
    scored: 0,
    averageConformity: null,
    annualReports: 0,
  };
  let sum = 0;
  for (const u of units) {
    if (u.dossier?.done) totals.dossierDone += 1;
    if (u.dossier?.inProgress) totals.dossierInProgress += 1;
    if (u.onSite) totals.onSitePlanned += 1;
    if (u.onSiteStage?.done) totals.onSiteDone += 1;
    if (u.onSiteStage?.inProgress) totals.onSiteInProgress += 1;
    if (u.annualReport) totals.annualReports += 1;
    const { result, conformity } = unitResult(u);
    if (result) totals[result] += 1;
    if (conformity !== null) {
      totals.scored += 1;
      sum += conformity;
    }
  }
  totals.averageConformity = totals.scored ? sum / totals.scored : null;
  return totals;
}

/** Units grouped by `keyOf` in first-met order (the facts come in the registry's order), with their totals. */
function groupUnits<K>(units: readonly UnitFact[], keyOf: (u: UnitFact) => { key: K; name: string } | null) {
  const groups = new Map<K, { key: K; name: string; units: UnitFact[] }>();
  for (const u of units) {
    const k = keyOf(u);
    if (!k) continue;
    const g = groups.get(k.key) ?? { key: k.key, name: k.name, units: [] };
    g.units.push(u);
    groups.set(k.key, g);
  }
  return [...groups.values()].map((g) => ({ key: g.key, name: g.name, ...totalsOfUnits(g.units) }));
}

/** By kind of unit (provincial agencies, district committees, commune committees…), in the registry's order. */
export function byKind(units: readonly UnitFact[]) {
  const english = new Map(units.map((u) => [u.kindVi, u.kindEn]));
  return groupUnits(units, (u) => ({ key: u.kindVi, name: u.kindVi })).map((row) => ({
    ...row,
    nameEn: english.get(row.key) ?? row.name,
  }));
}

/**
 * By region of the drill-down: provincial agencies first, then each district (with its communes) by name, then the
 * communes directly under the province (after 2025). The key is the region the row drills into.
 */
export function byRegion(units: readonly UnitFact[]) {
  const rows = groupUnits<string>(units, (u) =>
    u.level === 1
      ? { key: "agencies", name: "" }
      : u.districtId
        ? { key: u.districtId, name: u.districtName ?? "" }
        : { key: "communes", name: "" },
  );
  const rank = (key: string) => (key === "agencies" ? 0 : key === "communes" ? 2 : 1);
  return rows
    .map((r) => ({ ...r, region: regionOfKey(r.key) }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.name.localeCompare(b.name, "vi"));
}

const regionOfKey = (key: string): DashboardRegion =>
  key === "agencies" || key === "communes" ? key : { district: key };

/** On-site units by category (mandatory, encouraged): planned, done, and their results. */
export function byCategory(units: readonly UnitFact[]) {
  const categories: OnSiteCategory[] = ["MANDATORY", "ENCOURAGED"];
  return categories.map((category) => ({
    category,
    ...totalsOfUnits(units.filter((u) => u.onSite && u.category === category)),
  }));
}

/** Done inspections by conformity band, dossier reviews and on-site inspections apart. */
export function scoresOf(units: readonly UnitFact[]): { band: ScoreBand; dossier: number; onSite: number }[] {
  const rows = new Map(scoreBands.map((band) => [band, { band, dossier: 0, onSite: 0 }]));
  for (const u of units) {
    const dossier = conformityOf(u.dossier);
    const onSite = conformityOf(u.onSiteStage);
    if (dossier !== null) rows.get(scoreBand(dossier))!.dossier += 1;
    if (onSite !== null) rows.get(scoreBand(onSite))!.onSite += 1;
  }
  return [...rows.values()];
}

/** Records completeness of the units that have a figure: how many, the floor mean, how many below the threshold. */
export function completenessOf(units: readonly UnitFact[], percents: ReadonlyMap<string, number>) {
  const values = units.map((u) => percents.get(u.id)).filter((p): p is number => p !== undefined);
  return {
    units: values.length,
    average: values.length ? Math.floor(values.reduce((s, p) => s + p, 0) / values.length) : 0,
    below: values.filter((p) => p < completenessThreshold).length,
  };
}

export type GroupCount = {
  standard: ChecklistStandard;
  group: string;
  major: number;
  minor: number;
  recommendation: number;
};

const severityKey: Record<FindingSeverity, "major" | "minor" | "recommendation"> = {
  MAJOR: "major",
  MINOR: "minor",
  RECOMMENDATION: "recommendation",
};

/** Findings by clause group (ISO clauses 4–10, the parts of TT26 Đ36…) and severity, by standard then group. */
export function findingsByGroup(facts: readonly FindingGroupFact[]): GroupCount[] {
  const groups = new Map<string, GroupCount>();
  for (const f of facts) {
    // As lib/inspections groupOf: the stored group, or for a template version before groups the clause's.
    const group = f.clauseGroup || clauseGroupFor(f.standard, f.clause ?? "");
    const key = `${f.standard}\u0000${group}`;
    const row = groups.get(key) ?? { standard: f.standard, group, major: 0, minor: 0, recommendation: 0 };
    row[severityKey[f.severity]] += f.count;
    groups.set(key, row);
  }
  return [...groups.values()].sort(
    (a, b) => a.standard.localeCompare(b.standard) || a.group.localeCompare(b.group, "vi", { numeric: true }),
  );
}

export type ParetoRow = {
  standard: ChecklistStandard;
  group: string;
  count: number;
  /** Share of all findings, and running share down the sorted table, in whole percent (floor). */
  percent: number;
  cumulativePercent: number;
};

/** Findings by clause group, most first (ties by standard then group), with the running share: the Pareto table. */
export function paretoOf(groups: readonly GroupCount[]): ParetoRow[] {
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

export const severityOf = (groups: readonly GroupCount[]): SeverityTotals =>
  totalsOf(groups, ["major", "minor", "recommendation"]);
