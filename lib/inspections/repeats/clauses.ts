import type { ChecklistStandard } from "@/lib/generated/prisma/enums";

/*
 * Pure: which earlier clauses count as "the same clause" for a repeat finding. No database here (unit-tested).
 */

/** A clause of one checklist standard: "7.5" of ISO 9001:2008 is not "7.5" of ISO 9001:2015. */
export type StandardClause = { standard: ChecklistStandard; clause: string };

type Pair = { iso2008Clause: string; iso2015Clause: string };

/** "8.2.1" → ["8.2.1", "8.2", "8"]: a sub-clause falls back to its parent when the crosswalk has no row for it. */
function ancestry(clause: string): string[] {
  const parts = clause.trim().split(".");
  return parts.map((_, i) => parts.slice(0, parts.length - i).join("."));
}

/** The crosswalk's counterparts of a clause, at the most precise level the crosswalk knows (the clause, else its parent…). */
function across(clause: string, pairs: readonly Pair[], from: "iso2008Clause" | "iso2015Clause") {
  const to = from === "iso2008Clause" ? "iso2015Clause" : "iso2008Clause";
  for (const level of ancestry(clause)) {
    const hits = pairs.filter((p) => p[from] === level).map((p) => p[to]);
    if (hits.length) return hits;
  }
  return [];
}

/**
 * The clauses an earlier finding may stand on for a finding on `clause` of `standard` to be its repeat:
 * the same clause of the same standard, and for the ISO standards the other version's clauses through the
 * 2008 ↔ 2015 crosswalk (both directions). Decision 19 clauses match only themselves.
 */
export function sameClauses(target: StandardClause, pairs: readonly Pair[]): StandardClause[] {
  const own = { standard: target.standard, clause: target.clause.trim() };
  if (target.standard === "ISO_9001_2008")
    return [own, ...unique(across(own.clause, pairs, "iso2008Clause")).map(iso2015)];
  if (target.standard === "ISO_9001_2015")
    return [own, ...unique(across(own.clause, pairs, "iso2015Clause")).map(iso2008)];
  return [own];
}

const iso2015 = (clause: string): StandardClause => ({ standard: "ISO_9001_2015", clause });
const iso2008 = (clause: string): StandardClause => ({ standard: "ISO_9001_2008", clause });
const unique = (xs: string[]) => [...new Set(xs)];

/** Whether two clauses count as the same, looked at from either side (so a sub-clause's fallback is symmetric). */
export function isSameClause(a: StandardClause, b: StandardClause, pairs: readonly Pair[]): boolean {
  const within = (x: StandardClause, y: StandardClause) =>
    sameClauses(x, pairs).some((c) => c.standard === y.standard && c.clause === y.clause.trim());
  return within(a, b) || within(b, a);
}
