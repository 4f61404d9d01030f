import { clauseGroupFor } from "@/lib/checklists";
import type { ChecklistStandard, ItemResult } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n";

/**
 * The conformity score of an inspection, kept transparent: every figure that goes into the ratio is
 * returned, so the page can show the formula and a reader can redo the sum by hand.
 *
 * - conforming = CONFORM + RECOMMENDATION: a recommendation is advice, not a nonconformity;
 * - nonconforming = MINOR_NC + MAJOR_NC;
 * - applicable = total − NOT_APPLICABLE;
 * - conformity = conforming ÷ applicable, null when nothing applies;
 * - an unassessed item (result null) counts as applicable and not conforming, and makes the score
 *   provisional (tạm tính): it can only go up as the team fills in the rest.
 */
export type Tally = {
  total: number;
  conforming: number;
  nonconforming: number;
  notApplicable: number;
  unassessed: number;
  applicable: number;
  /** conforming ÷ applicable in [0, 1]; null when no item applies. */
  conformity: number | null;
  provisional: boolean;
};

export type GroupScore = Tally & { standard: ChecklistStandard; group: string };

export type InspectionScore = { overall: Tally; groups: GroupScore[] };

export type ScorableItem = {
  standard: ChecklistStandard;
  /** ChecklistItem.clauseGroup; empty when the template version predates groups (see groupOf). */
  clauseGroup: string;
  clause: string;
  result: ItemResult | null;
};

const emptyCounts = () => ({ total: 0, conforming: 0, nonconforming: 0, notApplicable: 0, unassessed: 0 });
type Counts = ReturnType<typeof emptyCounts>;

function count(counts: Counts, result: ItemResult | null): void {
  counts.total += 1;
  if (result === null) counts.unassessed += 1;
  else if (result === "CONFORM" || result === "RECOMMENDATION") counts.conforming += 1;
  else if (result === "MINOR_NC" || result === "MAJOR_NC") counts.nonconforming += 1;
  else counts.notApplicable += 1;
}

function tally(counts: Counts): Tally {
  const applicable = counts.total - counts.notApplicable;
  return {
    ...counts,
    applicable,
    conformity: applicable === 0 ? null : counts.conforming / applicable,
    provisional: counts.unassessed > 0,
  };
}

/**
 * The clause group an item is scored under: the one stored on the checklist item, or for items of a template
 * version that predates groups the one its clause implies (lib/checklists/groups.ts).
 */
export function groupOf(item: Pick<ScorableItem, "standard" | "clauseGroup" | "clause">): string {
  return item.clauseGroup || clauseGroupFor(item.standard, item.clause);
}

export type ItemsOfGroup<T> = { standard: ChecklistStandard; group: string; items: T[] };

/**
 * Items by clause group (groupOf), the one grouping of the checklist page, the score panel and the minutes:
 * groups by standard as first met, then clause numbers in numeric order; items keep their order within a group.
 */
export function groupItems<T extends Pick<ScorableItem, "standard" | "clauseGroup" | "clause">>(
  items: readonly T[],
): ItemsOfGroup<T>[] {
  const groups = new Map<string, ItemsOfGroup<T>>();
  const standards: ChecklistStandard[] = [];
  for (const item of items) {
    const group = groupOf(item);
    const key = `${item.standard}\u0000${group}`;
    let entry = groups.get(key);
    if (!entry) {
      entry = { standard: item.standard, group, items: [] };
      groups.set(key, entry);
      if (!standards.includes(item.standard)) standards.push(item.standard);
    }
    entry.items.push(item);
  }
  return [...groups.values()].sort(
    (a, b) =>
      standards.indexOf(a.standard) - standards.indexOf(b.standard) ||
      a.group.localeCompare(b.group, "en", { numeric: true }),
  );
}

function countAll(items: readonly ScorableItem[]): Counts {
  const counts = emptyCounts();
  for (const item of items) count(counts, item.result);
  return counts;
}

/** The score of one inspection, overall and per clause group of each standard. */
export function scoreInspection(items: readonly ScorableItem[]): InspectionScore {
  return {
    overall: tally(countAll(items)),
    groups: groupItems(items).map((g) => ({ standard: g.standard, group: g.group, ...tally(countAll(g.items)) })),
  };
}

const numberLocale: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

/**
 * The conformity as a percentage with one decimal, rounded half up, except that a score short of 100 % never
 * shows as "100,0 %" and a score above 0 never as "0,0 %": those would read as "no nonconformity" and
 * "nothing conforms".
 */
export function conformityPercent(conformity: number): number {
  const rounded = Math.round(conformity * 1000) / 10;
  if (rounded === 100 && conformity < 1) return 99.9;
  if (rounded === 0 && conformity > 0) return 0.1;
  return rounded;
}

/** The pieces of the formula "conforming ÷ applicable = percent", written in the locale (83,3 % in Vietnamese). */
export function formulaParts(score: Pick<Tally, "conforming" | "applicable" | "conformity">, locale: Locale) {
  const integer = new Intl.NumberFormat(numberLocale[locale]);
  const decimal = new Intl.NumberFormat(numberLocale[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    conforming: integer.format(score.conforming),
    applicable: integer.format(score.applicable),
    /** null when no item applies (no ratio to show). */
    percent: score.conformity === null ? null : `${decimal.format(conformityPercent(score.conformity))} %`,
  };
}
