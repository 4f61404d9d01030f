// The agencies' fixed choices, free of zod: client components import them from here, so no schema ships to
// the browser (schema.ts re-exports them for server code).
export const standardVersions = ["ISO_9001_2008", "ISO_9001_2015", "NONE"] as const;
export const isoRequirements = ["MANDATORY", "ENCOURAGED"] as const;
