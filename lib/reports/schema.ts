import { z } from "zod";
import { optionalDate, text } from "@/lib/documents/schema";
import { todayInVietnam } from "@/lib/text/dates";

/** Số hiệu of a (re-)announcement decision: 12/QĐ-UBND, 45/QĐ-SKHCN. */
export const decisionNumberPattern = /^[0-9]+[a-z]?\/QĐ(-[A-ZĐ0-9]+)+$/u;

/**
 * The unit's yearly report on applying its QMS (QĐ19 Đ4, the content DOST consolidates under TT26 Đ38).
 * Dates are dd/MM/yyyy, never in the future; the internal audit and the management review of a year took
 * place in that year; a changed scope needs its re-announcement decision (QĐ19 Đ4 k.4c).
 */
export const annualReportSchema = z
  .object({
    year: z.coerce
      .number({ error: "documents.report.errors.year" })
      .int("documents.report.errors.year")
      .min(2014, "documents.report.errors.year"),
    scopeDescription: text(4000, true),
    procedureCount: z.coerce
      .number({ error: "documents.report.errors.procedureCount" })
      .int("documents.report.errors.procedureCount")
      .min(0, "documents.report.errors.procedureCount")
      .max(10_000, "documents.report.errors.procedureCount"),
    internalAuditDate: optionalDate,
    managementReviewDate: optionalDate,
    scopeChanged: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
    reannouncementNumber: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v.normalize("NFC") : null)),
    reannouncementDate: optionalDate,
    improvements: text(4000),
    difficulties: text(4000),
    proposals: text(4000),
  })
  .superRefine((v, ctx) => {
    const today = todayInVietnam();
    if (v.year > today.getUTCFullYear())
      ctx.addIssue({ code: "custom", path: ["year"], message: "documents.report.errors.year" });
    for (const field of ["internalAuditDate", "managementReviewDate", "reannouncementDate"] as const) {
      const date = v[field];
      if (date && date > today) ctx.addIssue({ code: "custom", path: [field], message: "documents.errors.future" });
    }
    for (const field of ["internalAuditDate", "managementReviewDate"] as const) {
      const date = v[field];
      if (date && date.getUTCFullYear() !== v.year)
        ctx.addIssue({ code: "custom", path: [field], message: "documents.report.errors.withinYear" });
    }
    if (v.scopeChanged) {
      if (!v.reannouncementNumber)
        ctx.addIssue({
          code: "custom",
          path: ["reannouncementNumber"],
          message: "documents.report.errors.reannouncementRequired",
        });
      else if (!decisionNumberPattern.test(v.reannouncementNumber))
        ctx.addIssue({
          code: "custom",
          path: ["reannouncementNumber"],
          message: "documents.report.errors.decisionNumber",
        });
      if (!v.reannouncementDate)
        ctx.addIssue({
          code: "custom",
          path: ["reannouncementDate"],
          message: "documents.report.errors.reannouncementDate",
        });
    }
  })
  // An unchanged scope has no re-announcement, whatever was left in the hidden fields.
  .transform((v) => (v.scopeChanged ? v : { ...v, reannouncementNumber: null, reannouncementDate: null }));
export type AnnualReportInput = z.infer<typeof annualReportSchema>;
