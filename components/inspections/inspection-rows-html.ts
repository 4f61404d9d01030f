import type { Translate } from "@/lib/i18n";
import type { InspectionRow } from "@/lib/inspections/loaders";
import { escapeHtml, htmlLink } from "@/lib/text/html";
import { statusBadgeClass } from "./status-badge";

/**
 * A page of inspections as the rows of their table, one HTML string (see lib/text/html.ts): unit (a link to the
 * inspection), plan (when the list spans plans), form, status, progress, findings, assignees; with `selectName`,
 * first a tick box per row for the plan's bulk assignment (form "bulk-assign"), none on a signed-off inspection.
 * The row group styles the cells (inspection-table.tsx); every text is escaped.
 */
export function inspectionRowsHtml(
  rows: InspectionRow[],
  t: Translate,
  { showPlan, selectName }: { showPlan: boolean; selectName?: string },
): string {
  return rows
    .map((r) => {
      const kind = t(`inspections.kinds.${r.kind}`);
      const tick = selectName
        ? `<td><input type="checkbox" name="${escapeHtml(selectName)}" value="${escapeHtml(r.id)}" form="bulk-assign"` +
          `${r.status === "SIGNED_OFF" ? " disabled" : ""} class="size-5" aria-label="${escapeHtml(
            t("inspections.assign.choose", { unit: r.agency.name, kind }),
          )}"></td>`
        : "";
      const plan = showPlan
        ? `<td>${escapeHtml(t("inspections.planVersion", { number: r.plan.number, version: r.plan.version }))}</td>`
        : "";
      const assignees = r.assignees.map((a) => a.member.user.name).join(", ") || t("inspections.nobody");
      return (
        `<tr>${tick}` +
        `<td>${htmlLink(`/kiem-tra/${r.id}`, r.agency.name, { className: "link" })}</td>` +
        `${plan}<td>${escapeHtml(kind)}</td>` +
        `<td><span class="${statusBadgeClass(r.status)}">${escapeHtml(t(`inspections.statuses.${r.status}`))}</span></td>` +
        `<td class="n">${escapeHtml(
          t("inspections.progressValue", { done: r.assessed, total: r._count.items }),
        )}</td>` +
        `<td class="n">${r._count.findings}</td><td>${escapeHtml(assignees)}</td></tr>`
      );
    })
    .join("");
}
