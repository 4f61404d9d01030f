import type { PlanStatus, RecordCategory, ReviewStatus } from "@/lib/generated/prisma/enums";
import { todayInVietnam } from "@/lib/text/dates";

/**
 * The records every unit in a plan's dossier scope must show (QĐ19 Đ4, TT26 Đ36–39): the announcement,
 * the quality policy and objectives, the procedures in scope, the yearly internal audit and management
 * review, and the annual report. Evidence of corrective action is required only from a unit with open
 * findings in that plan; "other" never is.
 */
export const baseRequiredCategories = [
  "ANNOUNCEMENT_DECISION",
  "QUALITY_POLICY",
  "PROCEDURE_LIST",
  "INTERNAL_AUDIT_REPORT",
  "MANAGEMENT_REVIEW",
  "ANNUAL_REPORT",
] as const satisfies readonly RecordCategory[];

export function requiredCategories(hasOpenFindings: boolean): RecordCategory[] {
  return hasOpenFindings ? [...baseRequiredCategories, "CORRECTIVE_ACTION"] : [...baseRequiredCategories];
}

/** A record as completeness sees it: its plan, the status of its latest version, and that version's dates. */
export type RecordForCompleteness = {
  category: RecordCategory;
  planId: string | null;
  status: ReviewStatus;
  periodFrom: Date | null;
  periodTo: Date | null;
  effectiveDate: Date | null;
};

const yearOf = (d: Date) => d.getUTCFullYear();

/**
 * Whether a record answers a plan: it names the plan, or names no plan and its effective date or its
 * period falls in (overlaps) the plan's year. A record naming another plan does not count.
 */
export function answersPlan(record: RecordForCompleteness, plan: { id: string; year: number }): boolean {
  if (record.planId) return record.planId === plan.id;
  if (record.effectiveDate && yearOf(record.effectiveDate) === plan.year) return true;
  if (record.periodFrom && record.periodTo)
    return yearOf(record.periodFrom) <= plan.year && yearOf(record.periodTo) >= plan.year;
  return false;
}

export type Completeness = {
  required: RecordCategory[];
  /** Required categories with at least one record for the plan. */
  present: RecordCategory[];
  /** Required categories with a record whose latest version is accepted. */
  accepted: RecordCategory[];
  /** Required categories with no record for the plan. */
  missing: RecordCategory[];
  /** accepted ÷ required, rounded down: 100 only when everything required is accepted. */
  percent: number;
};

export function computeCompleteness(
  records: RecordForCompleteness[],
  plan: { id: string; year: number },
  hasOpenFindings: boolean,
): Completeness {
  const required = requiredCategories(hasOpenFindings);
  const relevant = records.filter((r) => answersPlan(r, plan));
  const has = (category: RecordCategory, status?: ReviewStatus) =>
    relevant.some((r) => r.category === category && (!status || r.status === status));
  // `required` is in the screens' order (recordCategories), and so is every list taken from it.
  const present = required.filter((c) => has(c));
  const accepted = required.filter((c) => has(c, "ACCEPTED"));
  const missing = required.filter((c) => !has(c));
  return { required, present, accepted, missing, percent: Math.floor((accepted.length * 100) / required.length) };
}

/**
 * The plan a completeness view opens on: the one asked for when it is among `plans` (the plans the actor's
 * records may answer, newest first), else the newest plan at work — approved or in progress — of this year
 * or before (not a newer one only submitted or already completed, nor next year's approved early), else
 * the newest at work, else the newest. undefined: no plan at all.
 */
export function chooseCompletenessPlan<T extends { id: string; year: number; status: PlanStatus }>(
  plans: readonly T[],
  asked?: string,
  thisYear = todayInVietnam().getUTCFullYear(),
): T | undefined {
  const chosen = asked ? plans.find((p) => p.id === asked) : undefined;
  const atWork = plans.filter((p) => p.status === "APPROVED" || p.status === "IN_PROGRESS");
  return chosen ?? atWork.find((p) => p.year <= thisYear) ?? atWork[0] ?? plans[0];
}
