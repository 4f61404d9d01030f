// The checklists' fixed choices, free of zod: client components import them from here, so no schema ships to
// the browser (schema.ts re-exports them for server code).
/** The unit's standard versions an item may be limited to. */
export const itemStandardVersions = ["ISO_9001_2008", "ISO_9001_2015", "NONE"] as const;
