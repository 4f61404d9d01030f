import { vietnameseSortKey } from "@/lib/text/collation";
import { foldForSearch } from "@/lib/text/normalize";

/** Columns computed from a unit's names: kept in step by every write (seed, edit, import, reorganisation). */
export function agencyDerived(unit: { name: string; shortName?: string | null; code: string }) {
  return {
    searchText: foldForSearch(`${unit.name} ${unit.shortName ?? ""} ${unit.code}`),
    sortKey: vietnameseSortKey(unit.name.replace(/^UBND\s+/i, "")),
  };
}
