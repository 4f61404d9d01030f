import { z } from "zod";
import { idSchema } from "@/lib/ids";
import { queryHref } from "@/lib/query-string";
import { calendarDate } from "@/lib/text/date-schema";
import { formList, formText, optionalFormText } from "@/lib/text/form-schema";
import { verdicts } from "./policy";

export const findingSeverities = ["MAJOR", "MINOR", "RECOMMENDATION"] as const;
export const findingStatuses = ["OPEN", "ANSWERED", "REJECTED", "CHECK_NEXT_TIME", "CLOSED"] as const;
export type FindingStatusValue = (typeof findingStatuses)[number];

/** The unit owes an answer: not answered yet, or its answer was rejected. Only these can be late. */
export const awaitingUnit = ["OPEN", "REJECTED"] as const satisfies readonly FindingStatusValue[];

/** Not closed: the unit or DOST still has something to do (the completeness page counts these as open). */
export const unresolved = [
  "OPEN",
  "ANSWERED",
  "REJECTED",
  "CHECK_NEXT_TIME",
] as const satisfies readonly FindingStatusValue[];

/**
 * The findings list's filters, from the URL. A malformed value is dropped rather than refused: a hand-edited
 * or stale link still opens the list.
 */
export const findingListQuerySchema = z.object({
  plan: z.uuid().optional().catch(undefined),
  /** One inspection's findings (the link from its conclusion page). */
  inspection: z.uuid().optional().catch(undefined),
  /** Unit name; compared without diacritics (Agency.searchText). */
  q: z.string().trim().max(100).optional().catch(undefined),
  severity: z.enum(findingSeverities).optional().catch(undefined),
  status: z.enum(findingStatuses).optional().catch(undefined),
  /** "yes": open findings whose due date has passed. */
  overdue: z.literal("yes").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type FindingListQuery = z.infer<typeof findingListQuerySchema>;

/** The findings list's URL for a query. */
export function findingListHref(query: Partial<FindingListQuery>): string {
  return queryHref("/phat-hien", query);
}

/* The corrective-action loop's inputs. Messages are catalogue keys; the action client translates them. */

const text = (max: number, required = false) => formText(max, "corrective.errors.tooLong", required);
const optionalText = (max: number) => optionalFormText(max, "corrective.errors.tooLong");
/** A date the form must give: its absence is already an issue ("errors.required"), so the value is a Date. */
const requiredDate = () => calendarDate("corrective.errors.date", { required: true }).transform((d) => d ?? z.NEVER);

/** One answer to one nonconformity: root cause, correction, corrective action with its date, who is responsible. */
export const answerFieldsSchema = z.object({
  findingId: idSchema,
  cause: text(4000, true),
  correction: optionalText(4000),
  action: text(4000, true),
  plannedDate: requiredDate(),
  responsible: text(200, true),
  /** Versions of the unit's own records (corrective-action category) as evidence. */
  recordVersionIds: formList(idSchema, 10, "corrective.errors.tooManyRecords"),
});
export type AnswerFields = z.output<typeof answerFieldsSchema>;

/** The unit's covering note of its Đ37 report (its số hiệu, if any). */
export const reportNoteSchema = optionalText(500);

/** A recommendation taken note of: no cause or plan, an optional comment. */
export const acknowledgeSchema = z.object({ findingId: idSchema, comment: optionalText(2000) });

export const verifySchema = z
  .object({
    answerId: idSchema,
    verdict: z.enum(verdicts, { error: "corrective.errors.verdict" }),
    note: optionalText(4000),
  })
  .superRefine((v, ctx) => {
    if (v.verdict === "REJECTED" && !v.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "corrective.errors.reasonRequired" });
  });
export type VerifyInput = z.output<typeof verifySchema>;

export const requestExtensionSchema = z.object({
  findingId: idSchema,
  reason: text(2000, true),
  requestedDate: requiredDate(),
});
export type RequestExtensionInput = z.output<typeof requestExtensionSchema>;

export const decideExtensionSchema = z
  .object({
    extensionId: idSchema,
    decision: z.enum(["GRANTED", "REFUSED"], { error: "corrective.errors.decision" }),
    /** The date granted; empty: the date asked for. */
    grantedDate: calendarDate("corrective.errors.date"),
    note: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "REFUSED" && !v.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "corrective.errors.reasonRequired" });
  });
export type DecideExtensionInput = z.output<typeof decideExtensionSchema>;

/** The corrective-action queue's URL (its filters are the findings list's: plan, unit, severity, status, overdue). */
export function correctiveQueueHref(query: Partial<FindingListQuery>): string {
  return queryHref("/khac-phuc", query);
}

/** Where an answer's evidence file is downloaded (scoped like its finding). */
export const correctiveEvidenceHref = (findingId: string, evidenceId: string) =>
  `/api/phat-hien/${findingId}/minh-chung/${evidenceId}`;
