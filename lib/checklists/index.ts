// The checklists' public entry for other domains (inspections): composing an inspection's checklist from
// the published versions, the clause groups it is scored by, and the 2008 ↔ 2015 crosswalk of its results.
// Pure or transaction-bound modules only (no "server-only"): inspection generation runs in the seed too.
export { composeChecklist, standardsFor, type ComposableItem } from "./composition/compose";
export { getPublishedTemplates, type PublishedTemplate } from "./composition/published";
export { clauseGroupFor, groupLabelKey } from "./clauses/groups";
export { groupLabel } from "./clauses/labels";
export { compareAcrossVersions, iso2008To2015, type ClauseResult, type CrosswalkPair } from "./clauses/crosswalk";
