import { z } from "zod";
import { addMonths } from "@/lib/dates";
import { idSchema } from "@/lib/ids";
import { calendarDate } from "@/lib/text/date-schema";
import { formList, optionalFormText } from "@/lib/text/form-schema";
import { itemResults, overallResults, recordNumberMax } from "@/lib/inspections/constants";

export { itemResults, overallResults, recordNumberMax };
export type { ItemResultValue } from "@/lib/inspections/constants";

/** Messages are catalogue keys; the action client translates them. */

/** Results that raise a finding, and the finding's severity. */
export const findingSeverityOf = { MINOR_NC: "MINOR", MAJOR_NC: "MAJOR", RECOMMENDATION: "RECOMMENDATION" } as const;
export type FindingSeverityValue = (typeof findingSeverityOf)[keyof typeof findingSeverityOf];
export const raisesFinding = (result: string | null | undefined): result is keyof typeof findingSeverityOf =>
  !!result && result in findingSeverityOf;

export const reopenReasonMin = 10;

const id = idSchema;
const version = z.coerce.number({ error: "errors.VALIDATION" }).int().min(0);
const optionalText = (max: number) => optionalFormText(max, "inspections.errors.tooLong");

const optionalDate = calendarDate("inspections.errors.date");

/** One checklist item's autosave. `version` is the one the inspector started from; an empty result clears it. */
export const saveItemSchema = z.object({
  inspectionId: id,
  itemId: id,
  version,
  result: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.enum(itemResults, { error: "inspections.errors.result" }).nullable(),
  ),
  note: optionalText(4000),
});
export type SaveItemInput = z.output<typeof saveItemSchema>;

export const saveFindingSchema = z.object({
  findingId: id,
  version,
  description: optionalText(4000),
  requiredAction: optionalText(4000),
  legalBasis: optionalText(500),
  dueDate: optionalDate,
});
export type SaveFindingInput = z.output<typeof saveFindingSchema>;

/**
 * A record's number (số hiệu) as Vietnamese administrative papers write it: the number, a slash, then "BB" and
 * the issuer's abbreviations joined by hyphens ("12/BB-ĐKT", "05/BB-SKHCN", "3/BB-ĐKT-SKHCN"). Uppercase
 * letters only, as the papers print them.
 */
export const recordNumberPattern = /^\d{1,6}\/BB(?:-[\p{Lu}\d]+)+$/u;

/** The record's number in the conclusion form: trimmed, NFC; empty is null (left to fill in by hand). */
export const recordNumberSchema = z
  .string()
  .optional()
  .transform((v) => (v ?? "").trim().normalize("NFC"))
  .pipe(
    z
      .string()
      .max(recordNumberMax, "inspections.errors.recordNumberTooLong")
      .refine((v) => v === "" || recordNumberPattern.test(v), "inspections.errors.recordNumberShape"),
  )
  .transform((v) => (v === "" ? null : v));

export const conclusionSchema = z.object({
  inspectionId: id,
  lockVersion: version,
  recordNumber: recordNumberSchema,
  recordDate: optionalDate,
  representativeName: optionalText(200),
  representativeTitle: optionalText(200),
  overallResult: z
    .union([z.enum(overallResults, { error: "errors.invalidChoice" }), z.literal("")])
    .optional()
    .transform((v) => (v ? v : null)),
  strengths: optionalText(8000),
  shortcomings: optionalText(8000),
  recommendations: optionalText(8000),
});
export type ConclusionInput = z.output<typeof conclusionSchema>;

export const signOffSchema = z.object({ inspectionId: id, lockVersion: version });

export const reopenSchema = z.object({
  inspectionId: id,
  reason: z
    .string({ error: "errors.required" })
    .trim()
    .min(reopenReasonMin, "inspections.errors.reasonShort")
    .max(2000, "inspections.errors.tooLong")
    .transform((v) => v.normalize("NFC")),
});

const idList = (max: number) => formList(id, max, "inspections.errors.tooMany");

/** The members assigned to one inspection (the full list: unticked members are unassigned). */
export const assignSchema = z.object({ inspectionId: id, memberIds: idList(50) });
/** Members added to many inspections of one plan at once (nobody is unassigned). */
export const bulkAssignSchema = z.object({
  planId: id,
  inspectionIds: idList(500).refine((v) => v.length > 0, "inspections.errors.noneChosen"),
  memberIds: idList(50).refine((v) => v.length > 0, "inspections.errors.noMember"),
});

export const recordEvidenceSchema = z.object({
  inspectionId: id,
  itemId: id,
  recordVersionId: id,
  caption: optionalText(500),
});
export const removeEvidenceSchema = z.object({ inspectionId: id, evidenceId: id });
/** The fields sent with evidence files (multipart, see app/api/kiem-tra/[id]/minh-chung); the files are checked by the upload. */
export const fileEvidenceSchema = z.object({ itemId: id, caption: optionalText(500) });
/** Where a stored evidence file is read (app/api/kiem-tra/[id]/minh-chung/[evidenceId]); `?xem=1` shows it inline. */
export const evidenceHref = (inspectionId: string, evidenceId: string) =>
  `/api/kiem-tra/${inspectionId}/minh-chung/${evidenceId}`;

/**
 * A clause group's key on the inspection page: its heading's id is `group-<key>` (components/inspections/checklist.tsx),
 * so a link can open the checklist at that group (the dashboard's drill-down to a clause).
 */
export const checklistGroupKey = (standard: string, group: string) => `${standard}-${group || "all"}`;
/** The inspection page opened at one clause group of its checklist. */
export const checklistGroupHref = (inspectionId: string, standard: string, group: string) =>
  `/kiem-tra/${inspectionId}#group-${checklistGroupKey(standard, group)}`;

/** The list's filters, from the URL. Unknown values fall back to "all" rather than failing the page. */
export const inspectionListQuerySchema = z.object({
  plan: z.uuid().optional().catch(undefined),
  kind: z.enum(["DOSSIER", "ON_SITE"]).optional().catch(undefined),
  status: z.enum(["NOT_STARTED", "IN_PROGRESS", "SIGNED_OFF"]).optional().catch(undefined),
  mine: z.literal("1").optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type InspectionListQuery = z.output<typeof inspectionListQuerySchema>;

/** A plan's "Kiểm tra" tab: the list's filters less the plan, plus who is assigned (a team member's id, or "none"). */
export const planInspectionsQuerySchema = inspectionListQuerySchema.omit({ plan: true, mine: true }).extend({
  assignee: z
    .union([z.uuid(), z.literal("none")])
    .optional()
    .catch(undefined),
});
export type PlanInspectionsQuery = z.output<typeof planInspectionsQuerySchema>;

/**
 * Whether a finding of this severity calls for corrective action by a date. TT26 Đ37 speaks of
 * nonconformities; a recommendation (khuyến nghị) is advice: no deadline, never overdue.
 */
export function hasDeadline(severity: FindingSeverityValue): boolean {
  return severity !== "RECOMMENDATION";
}

/** The due date a finding takes by default: two months after the record date for a nonconformity, none before the record or for a recommendation. */
export function defaultDueDateFor(severity: FindingSeverityValue, recordDate: Date | null): Date | null {
  return hasDeadline(severity) && recordDate ? defaultDueDate(recordDate) : null;
}

/** TT26 Đ37: corrective action is reported within two months of the inspection record. */
export function defaultDueDate(recordDate: Date): Date {
  return addMonths(recordDate, 2); // 31/12 + 2 months is 28/02 (or 29/02), not 03/03
}

/**
 * The inspector's decision on a finding carried over from an earlier inspection: close it here, or raise it
 * again with a new due date (empty: two months after this inspection's record date) and a note.
 */
export const followUpOutcomes = ["CLOSED", "RERAISED"] as const;
export const decideFollowUpSchema = z.object({
  inspectionId: id,
  followUpId: id,
  outcome: z.enum(followUpOutcomes, { error: "errors.invalidChoice" }),
  note: optionalText(4000),
  dueDate: optionalDate,
});
export type DecideFollowUpInput = z.output<typeof decideFollowUpSchema>;

/** Findings that can be carried over to the unit's next inspection: nonconformities not closed yet. */
export const carriedStatuses = ["OPEN", "REJECTED", "ANSWERED", "CHECK_NEXT_TIME"] as const;
