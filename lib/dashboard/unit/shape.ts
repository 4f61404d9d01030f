import type { InspectionKind, InspectionStatus, OverallResult } from "@/lib/generated/prisma/enums";
import type { Predecessor } from "./lineage";

/** A signed-off checklist's stored tally (Inspection.itemsConforming / itemsApplicable) as a score. */
export type Score = { conforming: number; applicable: number; conformity: number | null };

export const scoreOf = (tally: { itemsConforming: number | null; itemsApplicable: number | null }): Score | null =>
  tally.itemsConforming === null || tally.itemsApplicable === null
    ? null
    : {
        conforming: tally.itemsConforming,
        applicable: tally.itemsApplicable,
        conformity: tally.itemsApplicable === 0 ? null : tally.itemsConforming / tally.itemsApplicable,
      };

/** An inspection as the year rows read it. */
export type InspectionFact = {
  id: string;
  planId: string;
  agencyId: string;
  kind: InspectionKind;
  status: InspectionStatus;
  signedOffAt: Date | null;
  itemsConforming: number | null;
  itemsApplicable: number | null;
  overallResult: OverallResult | null;
};

/** One unit of the line in one year: the unit itself, or a predecessor whose figures show under it. */
export type ScoreRow = {
  agencyId: string;
  /** null: the unit itself; else the predecessor (named "X (nay là <unit>)" on the page). */
  predecessor: Predecessor | null;
  onSitePlanned: boolean;
  dossier: Score | null;
  onSite: Score | null;
  /** The on-site result when there is one, else the dossier review's (the year's result, as TT26 Đ38 counts it). */
  result: OverallResult | null;
  /** Nonconformities (minor and major, not recommendations) raised by the year's signed-off inspections. */
  nonconformities: number;
};

export type YearScores = { year: number; planNumbers: string[]; rows: ScoreRow[] };

/**
 * The unit's scores over the years: a row per year and per unit of its line targeted that year (the unit first, then
 * its predecessors), oldest year first so the trend reads left to right across a reorganisation. Only inspections
 * signed off by `end` count; with several of one kind (two plans of a year), the last signed off stands.
 */
export function yearScores(input: {
  agencyId: string;
  predecessors: readonly Predecessor[];
  plans: readonly { id: string; year: number; number: string; targets: { agencyId: string; onSite: boolean }[] }[];
  inspections: readonly InspectionFact[];
  /** Nonconformities per inspection id. */
  nonconformities: ReadonlyMap<string, number>;
  end: Date;
}): YearScores[] {
  const predecessor = new Map(input.predecessors.map((p) => [p.agencyId, p]));
  const rank = new Map([input.agencyId, ...input.predecessors.map((p) => p.agencyId)].map((id, i) => [id, i]));
  const years = new Map<number, { planNumbers: string[]; rows: Map<string, ScoreRow> }>();
  const planYear = new Map<string, number>();
  for (const plan of input.plans) {
    planYear.set(plan.id, plan.year);
    const year = years.get(plan.year) ?? { planNumbers: [] as string[], rows: new Map<string, ScoreRow>() };
    year.planNumbers.push(plan.number);
    for (const target of plan.targets) {
      if (!rank.has(target.agencyId)) continue;
      const row = year.rows.get(target.agencyId) ?? {
        agencyId: target.agencyId,
        predecessor: predecessor.get(target.agencyId) ?? null,
        onSitePlanned: false,
        dossier: null,
        onSite: null,
        result: null,
        nonconformities: 0,
      };
      row.onSitePlanned ||= target.onSite;
      year.rows.set(target.agencyId, row);
    }
    years.set(plan.year, year);
  }
  const done = input.inspections
    .filter((i) => i.status === "SIGNED_OFF" && i.signedOffAt !== null && i.signedOffAt <= input.end)
    .sort((a, b) => a.signedOffAt!.getTime() - b.signedOffAt!.getTime());
  const resultFromOnSite = new Set<ScoreRow>();
  for (const inspection of done) {
    const year = planYear.get(inspection.planId);
    const row = year === undefined ? undefined : years.get(year)?.rows.get(inspection.agencyId);
    if (!row) continue;
    const onSite = inspection.kind === "ON_SITE";
    row[onSite ? "onSite" : "dossier"] = scoreOf(inspection);
    row.nonconformities += input.nonconformities.get(inspection.id) ?? 0;
    if (onSite || !resultFromOnSite.has(row)) row.result = inspection.overallResult;
    if (onSite) resultFromOnSite.add(row);
  }
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, { planNumbers, rows }]) => ({
      year,
      planNumbers,
      rows: [...rows.values()].sort((a, b) => rank.get(a.agencyId)! - rank.get(b.agencyId)!),
    }));
}

/** A finding still open is overdue when the unit still owes its answer and the due date is before the as-of day. */
export const isOverdue = (
  finding: { status: string; severity: string; dueDate: Date | null },
  asOf: Date,
  awaitingUnit: readonly string[],
) =>
  finding.severity !== "RECOMMENDATION" &&
  finding.dueDate !== null &&
  finding.dueDate < asOf &&
  awaitingUnit.includes(finding.status);
