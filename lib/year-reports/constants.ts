// The year reports' kinds and statuses, free of zod: client components import them from here, so no schema ships to
// the browser (schema.ts re-exports them for server code).
import type { YearReportKind, YearReportStatus } from "@/lib/generated/prisma/enums";

export const yearReportKinds = [
  "NOVEMBER_CONSOLIDATION",
  "MINISTRY_ANNUAL",
] as const satisfies readonly YearReportKind[];
export const yearReportStatuses = [
  "DRAFT",
  "SUBMITTED",
  "APPROVED",
  "RETURNED",
  "SENT",
  "ACKNOWLEDGED",
  "APPROVED_FOR_MINISTRY",
  "RETURNED_BY_COMMITTEE",
] as const satisfies readonly YearReportStatus[];
