// The inspections' fixed choices and limits, free of zod: client components import them from here, so no schema ships to
// the browser (schema.ts re-exports them for server code).
export const itemResults = ["CONFORM", "MINOR_NC", "MAJOR_NC", "RECOMMENDATION", "NOT_APPLICABLE"] as const;
export type ItemResultValue = (typeof itemResults)[number];

export const overallResults = ["CONFORMING", "CONFORMING_WITH_FINDINGS", "NOT_CONFORMING"] as const;

/** The longest record number (số hiệu) the conclusion form accepts. */
export const recordNumberMax = 40;
