import { isOverdue } from "@/lib/findings/deadlines/overdue";
import type { Translate } from "@/lib/i18n";
import { formatCalendarDate } from "@/lib/text/dates";

/**
 * A finding's due date (dd/MM/yyyy) with a "quá hạn" flag once it has passed and the finding is still open;
 * a recommendation says it has no deadline.
 */
export function DueDate({
  finding,
  today,
  t,
}: {
  finding: { status: string; severity: string; dueDate: Date | null };
  today: Date;
  t: Translate;
}) {
  if (finding.severity === "RECOMMENDATION") return <span className={undatedClass}>{t("findings.noDeadline")}</span>;
  if (!finding.dueDate) return <span className={undatedClass}>{t("findings.noDueDate")}</span>;
  return (
    <span className="whitespace-nowrap tabular-nums">
      {formatCalendarDate(finding.dueDate)}
      {isOverdue(finding, today) ? <span className={overdueClass}>{t("findings.overdue")}</span> : null}
    </span>
  );
}

/** The looks of "no deadline" and of "quá hạn", also for rows written as HTML (finding-rows-html.ts). */
export const undatedClass = "italic text-slate-700";
export const overdueClass =
  "ml-2 rounded border border-red-700 bg-red-50 px-1.5 py-0.5 text-xs font-semibold text-red-900";
