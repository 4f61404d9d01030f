import { isOverdue } from "@/lib/findings/deadlines/overdue";
import type { Translate } from "@/lib/i18n";
import { formatCalendarDate } from "@/lib/text/dates";

type Dated = { status: string; severity: string; dueDate: Date | null };

/**
 * What a finding's due date says: no deadline (a recommendation), none set yet, or its date (dd/MM/yyyy) and
 * whether it has passed with the finding still open. Drawn by DueDate and by the list's HTML rows alike.
 */
export function dueDateState(
  finding: Dated,
  today: Date,
): { undated: "findings.noDeadline" | "findings.noDueDate" } | { date: string; overdue: boolean } {
  if (finding.severity === "RECOMMENDATION") return { undated: "findings.noDeadline" };
  if (!finding.dueDate) return { undated: "findings.noDueDate" };
  return { date: formatCalendarDate(finding.dueDate), overdue: isOverdue(finding, today) };
}

/** A finding's due date with a "quá hạn" flag once it has passed and the finding is still open (see dueDateState). */
export function DueDate({ finding, today, t }: { finding: Dated; today: Date; t: Translate }) {
  const due = dueDateState(finding, today);
  if ("undated" in due) return <span className={undatedClass}>{t(due.undated)}</span>;
  return (
    <span className={datedClass}>
      {due.date}
      {due.overdue ? <span className={overdueClass}>{t("findings.overdue")}</span> : null}
    </span>
  );
}

/** The looks of the date, of "no deadline" and of "quá hạn", also for rows written as HTML (finding-rows-html.ts). */
export const datedClass = "whitespace-nowrap tabular-nums";
export const undatedClass = "italic text-slate-700";
export const overdueClass =
  "ml-2 rounded border border-red-700 bg-red-50 px-1.5 py-0.5 text-xs font-semibold text-red-900";
