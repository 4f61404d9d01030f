import type { Locale, Translate } from "@/lib/i18n";
import { formatFileSize } from "@/lib/i18n/format";
import type { InspectionDetail } from "@/lib/inspections/data";
import { evidenceHref } from "@/lib/inspections/schema";
import { formatCalendarDate } from "@/lib/text/dates";
import type { EvidenceView, ItemGroup } from "./types";

/** The clause group an item is shown under: its own, or the top-level clause of an ISO item. */
const groupOf = (item: { clauseGroup: string; clause: string; template: { standard: string } }) =>
  item.clauseGroup || (item.template.standard === "QD19_2014" ? "" : (item.clause.split(".")[0] ?? ""));

/** The inspection's items for the checklist component, grouped by standard and clause group, in checklist order. */
export function checklistGroups(inspection: InspectionDetail, locale: Locale, t: Translate): ItemGroup[] {
  const groups: ItemGroup[] = [];
  for (const row of inspection.items) {
    const c = row.checklistItem;
    const group = groupOf(c);
    const key = `${c.template.standard}-${group || "all"}`;
    let current = groups.at(-1);
    if (!current || current.key !== key) {
      current = { key, standardLabel: t(`inspections.standards.${c.template.standard}`), label: group ? t("inspections.clauseGroup", { group }) : "", items: [] };
      groups.push(current);
    }
    const evidence: EvidenceView[] = row.evidence.map((e) => ({
      id: e.id,
      kind: e.kind,
      label: e.kind === "RECORD" && e.recordVersion ? t("inspections.evidence.recordVersion", { title: e.recordVersion.record.title, number: e.recordVersion.number }) : (e.fileName ?? ""),
      caption: e.caption,
      href: e.kind === "FILE" ? evidenceHref(inspection.id, e.id) : null,
      size: e.kind === "FILE" && e.fileSize != null ? formatFileSize(e.fileSize, locale) : null,
      image: e.kind === "FILE" && (e.contentType === "image/jpeg" || e.contentType === "image/png"),
    }));
    current.items.push({
      id: row.id,
      code: c.code,
      standard: c.template.standard,
      clauseGroup: c.clauseGroup,
      clause: c.clause,
      title: locale === "vi" ? c.titleVi : c.titleEn,
      guidance: locale === "vi" ? c.guidanceVi : c.guidanceEn || c.guidanceVi,
      result: row.result,
      note: row.note,
      version: row.version,
      savedBy: row.updatedById ? (inspection.names[row.updatedById] ?? null) : null,
      savedAt: row.updatedAt?.toISOString() ?? null,
      finding: row.finding
        ? { id: row.finding.id, number: row.finding.number, severity: row.finding.severity, version: row.finding.version, description: row.finding.description, requiredAction: row.finding.requiredAction, legalBasis: row.finding.legalBasis, dueDate: formatCalendarDate(row.finding.dueDate) }
        : null,
      evidence,
    });
  }
  return groups;
}
