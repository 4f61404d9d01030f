/*
 * A finding's deadline as the list and its page show it. The list's "overdue" filter (findingWhere in
 * data.ts) asks the database the same question.
 */

/** Overdue: still open on a day after its due date (due on the day itself is not late yet). */
export function isOverdue(finding: { status: string; severity: string; dueDate: Date | null }, today: Date): boolean {
  return (
    finding.status === "OPEN" &&
    finding.severity !== "RECOMMENDATION" &&
    finding.dueDate !== null &&
    finding.dueDate < today
  );
}
