import type { FindingListItem } from "@/lib/findings/loaders";
import type { Translate } from "@/lib/i18n";
import { escapeHtml, htmlLink } from "@/lib/text/html";
import { datedClass, dueDateState, overdueClass, undatedClass } from "./due-date";
import { repeatBadgeClass } from "./repeat-badge";
import { severityBadgeClass } from "./severity-badge";

const excerpt = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max).trimEnd()}…` : text);

/** The due date cell as DueDate (due-date.tsx) draws it, from the same dueDateState. */
function dueDateHtml(f: FindingListItem, today: Date, t: Translate): string {
  const due = dueDateState(f, today);
  if ("undated" in due) return `<span class="${undatedClass}">${escapeHtml(t(due.undated))}</span>`;
  const late = due.overdue ? `<span class="${overdueClass}">${escapeHtml(t("findings.overdue"))}</span>` : "";
  return `<span class="${datedClass}">${due.date}${late}</span>`;
}

/**
 * A page of findings as the rows of their table, one HTML string (see lib/text/html.ts): unit, inspection (a link
 * to its record), number (a link to the finding, "lặp lại" when a repeat), clause, severity, description excerpt,
 * due date, status. The row group styles the cells (findings-table.tsx); every text is escaped.
 */
export function findingRowsHtml(findings: FindingListItem[], today: Date, t: Translate): string {
  return findings
    .map((f) => {
      const inspection = htmlLink(
        `/kiem-tra/${f.inspection.id}/bien-ban`,
        t("findings.inspectionLink", {
          plan: f.inspection.plan.number,
          kind: t(`findings.kinds.${f.inspection.kind}`),
        }),
        { className: "text-blue-800 underline" },
      );
      const number =
        htmlLink(`/phat-hien/${f.id}`, String(f.number), {
          className: "font-semibold text-blue-800 underline",
          label: t("findings.detail.title", { number: f.number, unit: f.agency.name }),
        }) +
        (f.repeatOfId
          ? `<span title="${escapeHtml(t("corrective.repeatTitle"))}" class="${repeatBadgeClass}">${escapeHtml(t("corrective.repeat"))}</span>`
          : "");
      return (
        `<tr><td>${escapeHtml(f.agency.name)}</td><td class="whitespace-nowrap">${inspection}</td>` +
        `<td class="text-right tabular-nums">${number}</td><td>${escapeHtml(f.clause)}</td>` +
        `<td><span class="${severityBadgeClass(f.severity)}">${escapeHtml(t(`findings.severities.${f.severity}`))}</span></td>` +
        `<td class="max-w-md">${escapeHtml(excerpt(f.description))}</td><td>${dueDateHtml(f, today, t)}</td>` +
        `<td class="whitespace-nowrap">${escapeHtml(t(`findings.statuses.${f.status}`))}</td></tr>`
      );
    })
    .join("");
}
