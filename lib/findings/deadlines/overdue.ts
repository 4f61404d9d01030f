/*
 * A finding's deadline as the list and its page show it. The list's "overdue" filter (findingWhere in
 * data.ts) asks the database the same question.
 */

import { awaitingUnit } from "../schema";

/**
 * Overdue: the unit still owes an answer (open, or its answer rejected) on a day after the due date (due on
 * the day itself is not late yet). A recommendation never goes overdue.
 */
export function isOverdue(finding: { status: string; severity: string; dueDate: Date | null }, today: Date): boolean {
  return (
    (awaitingUnit as readonly string[]).includes(finding.status) &&
    finding.severity !== "RECOMMENDATION" &&
    finding.dueDate !== null &&
    finding.dueDate < today
  );
}
