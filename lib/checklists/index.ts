// The public entry of lib/checklists for other domains (inspections compose, score and compare checklists with these).
// Pure (no "server-only"): inspection generation runs in the seed, and the score is shown in client components too.
export { composeChecklist, standardsFor } from "./compose";
export { compareAcrossVersions, iso2008To2015, type ClauseResult, type CrosswalkPair } from "./crosswalk";
export { clauseGroupFor } from "./groups";
export { getPublishedTemplates } from "./published";
