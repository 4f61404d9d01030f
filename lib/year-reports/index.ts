// The year's reports' public entry for other domains (server-side): the plan's archive (lib/plans/archive)
// puts the year's approved and sent reports in it as the report's own downloads render them; the dashboard
// (lib/dashboard) reads the year's figures as the November consolidation counts them.
export { figuresOf, visibleReport } from "./data";
export { yearReportDocument } from "./document";
export { narrativeOf } from "./schema";
export { novemberFigures, plansAtWork } from "./figures/november";
export type { NovemberFigures, UnitRow } from "./figures/types";
export { scoreBand, scoreBands, type ScoreBand } from "./figures/types";
