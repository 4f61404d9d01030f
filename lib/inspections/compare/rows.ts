import { compareAcrossVersions, iso2008To2015, type ClauseResult, type CrosswalkPair } from "@/lib/checklists";
import type { ChecklistStandard, InspectionKind, ItemResult } from "@/lib/generated/prisma/enums";
import { scoreInspection, type GroupScore, type Tally } from "../scoring/score";

/**
 * Lining up two inspections of one unit (pure: lib/inspections/compare/data.ts loads them). ISO results are put
 * side by side per clause (through the 2008 → 2015 crosswalk when the versions differ), Decision 19 results
 * per item code; each row says whether the unit did better, worse or the same.
 */

/** One assessed checklist item, as both sides of the comparison carry it. */
export type CompareItem = {
  code: string;
  clause: string;
  clauseGroup: string;
  standard: ChecklistStandard;
  result: ItemResult | null;
  titleVi: string;
  titleEn: string;
};

/**
 * What a row's results on one side amount to. Several results (a 2015 clause that three 2008 clauses map
 * to) count as the weakest of those that apply: one major nonconformity is not outweighed by two conforming
 * sub-clauses. CONFORMING covers Đạt and Khuyến nghị, as in the score.
 */
export type Standing = "ABSENT" | "UNASSESSED" | "NOT_APPLICABLE" | "MAJOR_NC" | "MINOR_NC" | "CONFORMING";

/**
 * - IMPROVED / WORSE: the standing moved between major NC, minor NC and conforming;
 * - SAME: the same standing (Đạt ↔ Khuyến nghị counts as the same, as in the score);
 * - CHANGED: one side is "not applicable" and the other is not;
 * - NO_PREVIOUS: nothing to compare with (a 2015 clause without a 2008 counterpart, a new item);
 * - NOT_ASSESSED: the current inspection has not assessed it yet;
 * - DROPPED: assessed last time, absent from this checklist.
 */
export type Change = "IMPROVED" | "WORSE" | "SAME" | "CHANGED" | "NO_PREVIOUS" | "NOT_ASSESSED" | "DROPPED";

const level = { MAJOR_NC: 0, MINOR_NC: 1, CONFORMING: 2 } as const;

export function standingOf(results: readonly (ItemResult | null)[]): Standing {
  if (!results.length) return "ABSENT";
  const assessed = results.filter((r): r is ItemResult => r !== null);
  if (!assessed.length) return "UNASSESSED";
  const applicable = assessed
    .filter((r) => r !== "NOT_APPLICABLE")
    .map((r) => (r === "CONFORM" || r === "RECOMMENDATION" ? "CONFORMING" : r) as keyof typeof level);
  if (!applicable.length) return "NOT_APPLICABLE";
  return applicable.reduce((worst, s) => (level[s] < level[worst] ? s : worst));
}

export function classifyChange(previous: Standing, current: Standing): Change {
  if (current === "ABSENT") return "DROPPED";
  if (previous === "ABSENT" || previous === "UNASSESSED") return "NO_PREVIOUS";
  if (current === "UNASSESSED") return "NOT_ASSESSED";
  if (previous === current) return "SAME";
  if (previous === "NOT_APPLICABLE" || current === "NOT_APPLICABLE") return "CHANGED";
  return level[current] > level[previous] ? "IMPROVED" : "WORSE";
}

export type CompareRow = {
  /** The 2015 clause (or the clause of the common version; the item code for Decision 19). */
  key: string;
  /** The other version's clauses matched through the crosswalk (the key itself otherwise). */
  counterparts: string[];
  previous: CompareItem[];
  current: CompareItem[];
  change: Change;
};

export type Side = { standard: ChecklistStandard; overall: Tally; groups: GroupScore[] };

export type IsoComparison = {
  previous: Side;
  current: Side;
  /** True when the two inspections used different versions and clauses were matched through the crosswalk. */
  crosswalked: boolean;
  rows: CompareRow[];
  /** Previous results with no 2015 counterpart (shown, not dropped). */
  unmatched: CompareItem[];
};

export type Lineup = { iso: IsoComparison | null; decision19: CompareRow[] };

const isIso = (s: ChecklistStandard) => s === "ISO_9001_2008" || s === "ISO_9001_2015";

/** The ISO version an inspection's checklist used: that of its ISO items (null when it had none). */
function isoStandard(items: readonly CompareItem[]): ChecklistStandard | null {
  return items.find((i) => isIso(i.standard))?.standard ?? null;
}

function toRow(
  key: string,
  counterparts: string[],
  previous: ClauseResult<CompareItem>[],
  current: ClauseResult<CompareItem>[],
): CompareRow {
  const p = previous.map((r) => r.result);
  const c = current.map((r) => r.result);
  return {
    key,
    counterparts,
    previous: p,
    current: c,
    change: classifyChange(standingOf(p.map((i) => i.result)), standingOf(c.map((i) => i.result))),
  };
}

function side(standard: ChecklistStandard, items: readonly CompareItem[]): Side {
  const score = scoreInspection(items);
  return { standard, overall: score.overall, groups: score.groups };
}

/** Puts the previous inspection's items beside the current one's. */
export function lineUp(
  previous: readonly CompareItem[],
  current: readonly CompareItem[],
  pairs: readonly CrosswalkPair[] = iso2008To2015,
): Lineup {
  const prevIso = isoStandard(previous);
  const currIso = isoStandard(current);
  let iso: IsoComparison | null = null;
  if (prevIso && currIso) {
    const own = (items: readonly CompareItem[], standard: ChecklistStandard) =>
      items.filter((i) => i.standard === standard);
    const [p, c] = [own(previous, prevIso), own(current, currIso)];
    const comparison = compareAcrossVersions(
      { standard: prevIso, results: p.map((i) => ({ clause: i.clause, result: i })) },
      { standard: currIso, results: c.map((i) => ({ clause: i.clause, result: i })) },
      pairs,
    );
    iso = {
      previous: side(prevIso, p),
      current: side(currIso, c),
      crosswalked: prevIso !== currIso,
      rows: comparison.rows.map((r) => toRow(r.clause, r.counterparts, r.previous, r.current)),
      unmatched: comparison.unmatched.previous.map((r) => r.result),
    };
  }
  // Decision 19 items are the same list in every inspection: matched by code, in the current checklist's order.
  const qd = (items: readonly CompareItem[]) => ({
    standard: "QD19_2014" as const,
    results: items.filter((i) => i.standard === "QD19_2014").map((i) => ({ clause: i.code, result: i })),
  });
  const order = new Map(current.map((i, n) => [i.code, n]));
  const decision19 = compareAcrossVersions(qd(previous), qd(current))
    .rows.map((r) => toRow(r.clause, r.counterparts, r.previous, r.current))
    .sort(
      (a, b) =>
        (order.get(a.key) ?? Infinity) - (order.get(b.key) ?? Infinity) ||
        a.key.localeCompare(b.key, "en", { numeric: true }),
    );
  return { iso, decision19 };
}

/** An inspection as a candidate for "the previous one": when its record is dated, and when it was signed off. */
export type Dated = { id: string; kind: InspectionKind; recordDate: Date | null; signedOffAt: Date | null };

/** When an inspection took place, for ordering: its record date, else its sign-off; undated sorts last. */
const when = (i: Dated) => [i.recordDate?.getTime() ?? Infinity, i.signedOffAt?.getTime() ?? Infinity] as const;
const before = (a: Dated, b: Dated) => {
  const [wa, wb] = [when(a), when(b)];
  return wa[0] < wb[0] || (wa[0] === wb[0] && wa[1] < wb[1]);
};

/**
 * The inspection to compare with: among the signed-off candidates that took place before `current`, the latest
 * of the same kind, else the latest of any kind; null when none did.
 */
export function pickPrevious<T extends Dated>(current: Dated, candidates: readonly T[]): T | null {
  const earlier = candidates.filter((c) => c.id !== current.id && before(c, current));
  const latest = (list: T[]) => list.reduce<T | null>((best, c) => (best === null || before(best, c) ? c : best), null);
  return latest(earlier.filter((c) => c.kind === current.kind)) ?? latest(earlier);
}
