// The plans' fixed choices, free of zod: client components import them from here, so no schema ships to
// the browser (schema.ts re-exports them for server code).
/** The milestones of a plan's schedule, in their order. */
export const milestoneKinds = [
  "TEAM_SETUP",
  "DOSSIER_DEADLINE",
  "ONSITE_START",
  "ONSITE_END",
  "CONSOLIDATION",
  "REPORT",
] as const;
