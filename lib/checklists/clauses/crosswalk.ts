import type { ChecklistStandard } from "@/lib/generated/prisma/enums";

/** One correspondence between a TCVN ISO 9001:2008 clause and a TCVN ISO 9001:2015 clause. */
export type CrosswalkPair = { iso2008Clause: string; iso2015Clause: string; note?: string | null };

/**
 * 2008 → 2015 for the clauses of the two seeded checklists. From the general ISO 9001:2008 ↔ 2015
 * correlation tables (the ISO/TC 176/SC 2 correlation matrix, reproduced in most transition guides), not
 * from a cited page; a 2008 clause may lead to several 2015 clauses and the other way round. 2015 clauses
 * 4.1, 4.2 (context, interested parties) and 10.3 have no counterpart among the 2008 items (10.3 comes
 * from 8.5.1, which the 2008 checklist does not hold).
 */
export const iso2008To2015: readonly CrosswalkPair[] = [
  { iso2008Clause: "4.1", iso2015Clause: "4.4" },
  { iso2008Clause: "4.2.2", iso2015Clause: "4.3", note: "Phạm vi và các ngoại lệ nêu trong sổ tay chất lượng" },
  { iso2008Clause: "4.2.2", iso2015Clause: "4.4" },
  { iso2008Clause: "4.2.2", iso2015Clause: "7.5" },
  { iso2008Clause: "4.2.3", iso2015Clause: "7.5" },
  { iso2008Clause: "4.2.4", iso2015Clause: "7.5" },
  { iso2008Clause: "5.1", iso2015Clause: "5.1" },
  { iso2008Clause: "5.2", iso2015Clause: "5.1", note: "Hướng vào khách hàng (5.1.2)" },
  { iso2008Clause: "5.3", iso2015Clause: "5.2" },
  { iso2008Clause: "5.4", iso2015Clause: "6.1" },
  { iso2008Clause: "5.4", iso2015Clause: "6.2", note: "Mục tiêu chất lượng (5.4.1)" },
  { iso2008Clause: "5.4", iso2015Clause: "6.3" },
  { iso2008Clause: "5.5", iso2015Clause: "5.3" },
  { iso2008Clause: "5.5", iso2015Clause: "7.4", note: "Trao đổi thông tin nội bộ (5.5.3)" },
  { iso2008Clause: "5.6", iso2015Clause: "9.3" },
  { iso2008Clause: "6.1", iso2015Clause: "7.1" },
  { iso2008Clause: "6.2", iso2015Clause: "7.2" },
  { iso2008Clause: "6.2", iso2015Clause: "7.3" },
  { iso2008Clause: "6.3", iso2015Clause: "7.1", note: "Cơ sở hạ tầng (7.1.3)" },
  { iso2008Clause: "6.4", iso2015Clause: "7.1", note: "Môi trường vận hành (7.1.4)" },
  { iso2008Clause: "7.1", iso2015Clause: "8.1" },
  { iso2008Clause: "7.2", iso2015Clause: "8.2" },
  { iso2008Clause: "7.3", iso2015Clause: "8.3" },
  { iso2008Clause: "7.4", iso2015Clause: "8.4" },
  { iso2008Clause: "7.5", iso2015Clause: "8.5" },
  { iso2008Clause: "7.6", iso2015Clause: "7.1", note: "Nguồn lực theo dõi và đo lường (7.1.5)" },
  { iso2008Clause: "8.2.1", iso2015Clause: "9.1", note: "Sự thỏa mãn của khách hàng (9.1.2)" },
  { iso2008Clause: "8.2.2", iso2015Clause: "9.2" },
  { iso2008Clause: "8.2.3", iso2015Clause: "9.1" },
  { iso2008Clause: "8.2.4", iso2015Clause: "8.6" },
  { iso2008Clause: "8.2.4", iso2015Clause: "9.1" },
  { iso2008Clause: "8.3", iso2015Clause: "8.7" },
  { iso2008Clause: "8.4", iso2015Clause: "9.1", note: "Phân tích và đánh giá (9.1.3)" },
  { iso2008Clause: "8.5.2", iso2015Clause: "10.2" },
  { iso2008Clause: "8.5.3", iso2015Clause: "6.1", note: "Hành động phòng ngừa thay bằng tư duy dựa trên rủi ro" },
];

/** Orders clause numbers as numbers part by part: 4.2 < 4.10 < 10.2; anything else after, alphabetically. */
export function compareClauses(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    const na = Number(pa[i]);
    const nb = Number(pb[i]);
    if (Number.isInteger(na) && Number.isInteger(nb)) {
      if (na !== nb) return na - nb;
    } else if (pa[i] !== pb[i]) {
      return Number.isInteger(na) ? -1 : Number.isInteger(nb) ? 1 : pa[i]!.localeCompare(pb[i]!);
    }
  }
  return 0;
}

const within = (clause: string, key: string) => clause === key || clause.startsWith(`${key}.`);

/**
 * The crosswalk clauses a result's clause stands for: the longest key equal to it or containing it
 * ("7.5.2" → "7.5"); failing that, every key inside it ("8.2" → "8.2.1" … "8.2.4"); else none.
 */
export function matchClause(clause: string, keys: Iterable<string>): string[] {
  const all = [...new Set(keys)];
  const containing = all.filter((k) => within(clause, k)).sort((a, b) => b.length - a.length);
  if (containing.length) return [containing[0]!];
  return all.filter((k) => within(k, clause)).sort(compareClauses);
}

/** The other version's clauses that correspond to `clause` of `from`. */
export function counterparts(
  clause: string,
  from: "ISO_9001_2008" | "ISO_9001_2015",
  pairs: readonly CrosswalkPair[] = iso2008To2015,
): string[] {
  const [own, other] =
    from === "ISO_9001_2008"
      ? (["iso2008Clause", "iso2015Clause"] as const)
      : (["iso2015Clause", "iso2008Clause"] as const);
  const keys = matchClause(
    clause,
    pairs.map((p) => p[own]),
  );
  return [...new Set(pairs.filter((p) => keys.includes(p[own])).map((p) => p[other]))].sort(compareClauses);
}

export type ClauseResult<R> = { clause: string; result: R };
export type VersionResults<R> = { standard: ChecklistStandard; results: ClauseResult<R>[] };
export type ComparisonRow<R> = {
  /** A clause of the anchor version (2015 when the two versions differ). */
  clause: string;
  /** The other version's clauses that correspond to it (the clause itself for the same version). */
  counterparts: string[];
  previous: ClauseResult<R>[];
  current: ClauseResult<R>[];
};
export type Comparison<R> = {
  anchor: ChecklistStandard;
  rows: ComparisonRow<R>[];
  /** Results with no counterpart in the anchor version (listed, not dropped). */
  unmatched: { previous: ClauseResult<R>[]; current: ClauseResult<R>[] };
};

/**
 * Puts two inspections' results side by side by clause. Same standard: one row per clause. 2008 and 2015
 * (either order): one row per 2015 clause, with the 2008 results that map to it; a 2008 result that maps to
 * several 2015 clauses appears in each. Decision 19 results compare only with Decision 19 results.
 */
export function compareAcrossVersions<R>(
  previous: VersionResults<R>,
  current: VersionResults<R>,
  pairs: readonly CrosswalkPair[] = iso2008To2015,
): Comparison<R> {
  const iso = (s: ChecklistStandard) => s === "ISO_9001_2008" || s === "ISO_9001_2015";
  if (previous.standard !== current.standard && !(iso(previous.standard) && iso(current.standard))) {
    throw new Error(`compareAcrossVersions: ${previous.standard} and ${current.standard} are not comparable`);
  }
  const rows = new Map<string, ComparisonRow<R>>();
  const row = (clause: string, counterpartsOf: string[]) => {
    let r = rows.get(clause);
    if (!r) rows.set(clause, (r = { clause, counterparts: counterpartsOf, previous: [], current: [] }));
    return r;
  };
  const unmatched = { previous: [] as ClauseResult<R>[], current: [] as ClauseResult<R>[] };

  if (previous.standard === current.standard) {
    for (const side of ["previous", "current"] as const) {
      for (const r of (side === "previous" ? previous : current).results) row(r.clause, [r.clause])[side].push(r);
    }
  } else {
    const keys2015 = pairs.map((p) => p.iso2015Clause);
    const counterparts2015 = (clause: string) => counterparts(clause, "ISO_9001_2015", pairs);
    for (const side of ["previous", "current"] as const) {
      const version = side === "previous" ? previous : current;
      for (const r of version.results) {
        if (version.standard === "ISO_9001_2015") {
          // A sub-clause result joins the row of the crosswalk clause that contains it.
          const [key] = matchClause(r.clause, keys2015).filter((k) => within(r.clause, k));
          const clause = key ?? r.clause;
          row(clause, counterparts2015(clause))[side].push(r);
        } else {
          const targets = counterparts(r.clause, "ISO_9001_2008", pairs);
          if (!targets.length) unmatched[side].push(r);
          for (const clause of targets) row(clause, counterparts2015(clause))[side].push(r);
        }
      }
    }
  }
  const anchor = previous.standard === current.standard ? current.standard : "ISO_9001_2015";
  return { anchor, rows: [...rows.values()].sort((a, b) => compareClauses(a.clause, b.clause)), unmatched };
}
