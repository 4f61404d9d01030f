// The year's reports' public entry for other domains (server-side): the plan's archive (lib/plans/archive)
// puts the year's approved and sent reports in it as the report's own downloads render them.
export { figuresOf, visibleReport } from "./data";
export { yearReportDocument } from "./document";
export { narrativeOf } from "./schema";
