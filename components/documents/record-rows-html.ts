import type { RecordListItem } from "@/lib/documents/loaders";
import type { Translate } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { escapeHtml, htmlLink } from "@/lib/text/html";
import { coverage } from "./coverage";
import { reviewBadgeClass } from "./status-badge";

/**
 * A page of QMS records as the rows of their table, one HTML string (see lib/text/html.ts): in the review queue
 * the unit first; category, title (a link to the record, its plan under it), what the latest version covers,
 * version, status; then the submission time (queue) or the last comment (the unit's own list). The row group
 * styles the cells (record-table.tsx); every text is escaped.
 */
export function recordRowsHtml(records: RecordListItem[], t: Translate, queue: boolean): string {
  return records
    .map((r) => {
      const plan = r.plan
        ? `<span class="block text-xs text-slate-700">${escapeHtml(`${r.plan.number} (${r.plan.year})`)}</span>`
        : "";
      const last = queue ? formatDateTime(r.latest?.createdAt) : (r.lastComment ?? "—");
      return (
        `<tr>${queue ? `<td>${escapeHtml(r.agency.name)}</td>` : ""}` +
        `<td>${escapeHtml(t(`documents.categories.${r.category}`))}</td>` +
        `<td class="max-w-md">${htmlLink(`/ho-so/${r.id}`, r.title, { className: "link" })}${plan}</td>` +
        `<td class="whitespace-nowrap">${escapeHtml(r.latest ? coverage(r.latest) : "—")}</td>` +
        `<td class="text-right tabular-nums">${r.latestVersion}</td>` +
        `<td><span class="${reviewBadgeClass(r.status)}">${escapeHtml(t(`documents.statuses.${r.status}`))}</span></td>` +
        `<td class="max-w-xs">${escapeHtml(last)}</td></tr>`
      );
    })
    .join("");
}
