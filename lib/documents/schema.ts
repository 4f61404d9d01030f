import { z } from "zod";
import { calendarDate } from "@/lib/text/date-schema";
import { formText } from "@/lib/text/form-schema";
import type { RecordCategory, ReviewStatus } from "@/lib/generated/prisma/enums";
import { todayInVietnam } from "@/lib/text/dates";

/** The record categories (TT26 Đ39, QĐ19 Đ4), in the order the screens list them. */
export const recordCategories = [
  "ANNOUNCEMENT_DECISION",
  "QUALITY_POLICY",
  "PROCEDURE_LIST",
  "INTERNAL_AUDIT_REPORT",
  "MANAGEMENT_REVIEW",
  "ANNUAL_REPORT",
  "CORRECTIVE_ACTION",
  "OTHER",
] as const satisfies readonly RecordCategory[];

/**
 * Categories a unit uploads as files. The annual report is a structured form (lib/reports), so it is not
 * among them: its record is created by that form and reviewed like any other.
 */
export const uploadCategories = recordCategories.filter((c) => c !== "ANNUAL_REPORT");

export const reviewStatuses = [
  "SUBMITTED",
  "REVISION_REQUESTED",
  "ACCEPTED",
] as const satisfies readonly ReviewStatus[];

/**
 * Free text; a field the form left out is empty (and then refused only when required). Messages are
 * catalogue keys; the action client (and the upload route) translate them.
 */
export const text = (max: number, required = false) =>
  z.preprocess((v) => v ?? "", formText(max, "documents.errors.tooLong", required));

/** An optional dd/MM/yyyy date; "" is null. */
export const optionalDate = calendarDate("documents.errors.date");

const optionalUuid = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || null)
  .pipe(z.uuid("errors.invalidChoice").nullable());

/**
 * What a record's version covers: an effective date (a decision, a policy) or a period (an audit, a review),
 * distinct from the upload date. At least one; a period needs both ends in order; neither end after today.
 */
const versionFields = {
  periodFrom: optionalDate,
  periodTo: optionalDate,
  effectiveDate: optionalDate,
  note: text(2000),
};

type Period = { periodFrom: Date | null; periodTo: Date | null; effectiveDate: Date | null };

function checkPeriod(v: Period, ctx: z.RefinementCtx, today = todayInVietnam()) {
  if (!v.effectiveDate && !v.periodFrom && !v.periodTo) {
    ctx.addIssue({ code: "custom", path: ["effectiveDate"], message: "documents.errors.periodRequired" });
    return;
  }
  if (v.periodFrom && !v.periodTo)
    ctx.addIssue({ code: "custom", path: ["periodTo"], message: "documents.errors.periodEnd" });
  if (v.periodTo && !v.periodFrom)
    ctx.addIssue({ code: "custom", path: ["periodFrom"], message: "documents.errors.periodStart" });
  if (v.periodFrom && v.periodTo && v.periodTo < v.periodFrom)
    ctx.addIssue({ code: "custom", path: ["periodTo"], message: "documents.errors.periodOrder" });
  if (v.periodFrom && v.periodFrom > today)
    ctx.addIssue({ code: "custom", path: ["periodFrom"], message: "documents.errors.future" });
}

/**
 * The period is checked whenever its own fields parsed, even if another field (the title, the category) was
 * refused: zod skips an object's refinement after any failed field by default, which hid the date's problem
 * behind the others', and the form must show every problem at once.
 */
const periodKeys = new Set(["periodFrom", "periodTo", "effectiveDate"]);
const periodParsed = {
  when: (payload: z.core.ParsePayload) => !payload.issues.some((i) => periodKeys.has(String(i.path?.[0]))),
};

/** The fields of a new version of an existing record (files come separately, see lib/uploads). */
export const versionFieldsSchema = z.object(versionFields).superRefine((v, ctx) => checkPeriod(v, ctx), periodParsed);
export type VersionFields = z.infer<typeof versionFieldsSchema>;

/** The fields of a new record with its first version. */
export const recordFieldsSchema = z
  .object({
    category: z.enum(uploadCategories, { error: "documents.errors.category" }),
    title: text(300, true),
    planId: optionalUuid,
    ...versionFields,
  })
  .superRefine((v, ctx) => checkPeriod(v, ctx), periodParsed);
export type RecordFields = z.infer<typeof recordFieldsSchema>;

/** Multipart fields arrive as lists; a form field is its first value. */
export function firstValues(fields: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[0] ?? ""]));
}

/** Accept, or ask for a revision with a comment saying what to change. */
export const reviewSchema = z
  .object({
    versionId: z.uuid("errors.invalidId"),
    decision: z.enum(["accept", "revise"], { error: "errors.invalidChoice" }),
    comment: text(2000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "revise" && !v.comment)
      ctx.addIssue({ code: "custom", path: ["comment"], message: "documents.errors.commentRequired" });
  });
export type ReviewInput = z.infer<typeof reviewSchema>;

/** DOST asks one unit (or every unit of the plan with something missing) for the missing records. */
export const requestMissingSchema = z.object({
  planId: z.uuid("errors.invalidId"),
  agencyId: optionalUuid,
  comment: text(1000),
});
export type RequestMissingInput = z.infer<typeof requestMissingSchema>;

const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);

/** The review queue's filters, from the URL. A bad value is dropped rather than refused (a shared link stays usable). */
export const recordListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  category: z.preprocess(blankToUndefined, z.enum(recordCategories).optional()).catch(undefined),
  status: z.preprocess(blankToUndefined, z.enum(reviewStatuses).optional()).catch(undefined),
  plan: z.preprocess(blankToUndefined, z.uuid().optional()).catch(undefined),
  /** The plan of an officer's own completeness panel (not a filter of the list). */
  "ke-hoach": z.preprocess(blankToUndefined, z.uuid().optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type RecordListQuery = z.infer<typeof recordListQuerySchema>;

export const completenessQuerySchema = z.object({
  plan: z.preprocess(blankToUndefined, z.uuid().optional()).catch(undefined),
  kind: z.string().trim().max(40).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  incomplete: z.preprocess(blankToUndefined, z.enum(["1"]).optional()).catch(undefined),
});
