import { foldForSearch } from "@/lib/text/normalize";

/** The scope tab's query string: unit name or code (without diacritics), track, page, and the unit being added. */
export type TargetQuery = { q?: string; track?: string; page?: string; add?: string };
export type TargetTrack = "" | "onSite" | "dossier" | "out";

export const targetPageSize = 50;

type FilterableTarget = { inDossier: boolean; onSite: boolean; agency: { name: string; code: string } };

/**
 * The targets matching the query, one page of them: every word of `q` (folded) in the unit's name or code, and
 * the track ("out": left out of the dossier). An unknown track is no filter; the page is clamped to those there are.
 */
export function filterTargets<T extends FilterableTarget>(targets: readonly T[], query: TargetQuery) {
  const q = query.q ? foldForSearch(query.q) : "";
  const track: TargetTrack =
    query.track === "onSite" || query.track === "dossier" || query.track === "out" ? query.track : "";
  const matching = targets.filter(
    (target) =>
      (!q || foldForSearch(`${target.agency.name} ${target.agency.code}`).includes(q)) &&
      (track === "" ||
        (track === "onSite" ? target.onSite : track === "dossier" ? target.inDossier : !target.inDossier)),
  );
  const pages = Math.max(1, Math.ceil(matching.length / targetPageSize));
  const page = Math.min(pages, Math.max(1, Number(query.page) || 1));
  return { track, page, pages, rows: matching.slice((page - 1) * targetPageSize, page * targetPageSize) };
}
