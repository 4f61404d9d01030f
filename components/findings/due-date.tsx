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
  if (finding.severity === "RECOMMENDATION")
    return <span className="italic text-slate-700">{t("findings.noDeadline")}</span>;
  if (!finding.dueDate) return <span className="italic text-slate-700">{t("findings.noDueDate")}</span>;
  return (
    <span className="whitespace-nowrap tabular-nums">
      {formatCalendarDate(finding.dueDate)}
      {isOverdue(finding, today) ? (
        <span className="ml-2 rounded border border-red-700 bg-red-50 px-1.5 py-0.5 text-xs font-semibold text-red-900">
          {t("findings.overdue")}
        </span>
      ) : null}
    </span>
  );
}
