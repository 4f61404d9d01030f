import { groupLabelKey } from "@/lib/checklists/clauses/groups";
import type { Locale, MessageKey, Translate } from "@/lib/i18n";
import { formatFileSize } from "@/lib/i18n/format";
import type { InspectionDetail } from "@/lib/inspections/loaders";
import { checklistGroupKey, evidenceHref } from "@/lib/inspections/schema";
import { groupItems } from "@/lib/inspections/scoring/score";
import { findingView } from "@/lib/inspections/findings/view";
import type { EvidenceView, ItemGroup, ItemView } from "./types";

type Row = InspectionDetail["items"][number];

/**
 * The inspection's items for the checklist component, in the clause groups of the score panel (groupItems:
 * one rule for both), in checklist order within a group.
 */
export function checklistGroups(inspection: InspectionDetail, locale: Locale, t: Translate): ItemGroup[] {
  const rows = inspection.items.map((row) => ({
    standard: row.checklistItem.template.standard,
    clauseGroup: row.checklistItem.clauseGroup,
    clause: row.checklistItem.clause,
    row,
  }));
  return groupItems(rows).map(({ standard, group, items }) => {
    const labelKey = group ? groupLabelKey(standard, group) : null;
    return {
      key: checklistGroupKey(standard, group),
      standardLabel: t(`inspections.standards.${standard}`),
      label: !group ? "" : labelKey ? t(labelKey as MessageKey) : t("inspections.clauseGroup", { group }),
      items: items.map(({ row }) => itemView(inspection, row, locale, t)),
    };
  });
}

function itemView(inspection: InspectionDetail, row: Row, locale: Locale, t: Translate): ItemView {
  const c = row.checklistItem;
  const evidence: EvidenceView[] = row.evidence.map((e) => ({
    id: e.id,
    kind: e.kind,
    label:
      e.kind === "RECORD" && e.recordVersion
        ? t("inspections.evidence.recordVersion", {
            title: e.recordVersion.record.title,
            number: e.recordVersion.number,
          })
        : (e.fileName ?? ""),
    caption: e.caption,
    href: e.kind === "FILE" ? evidenceHref(inspection.id, e.id) : null,
    size: e.kind === "FILE" && e.fileSize != null ? formatFileSize(e.fileSize, locale) : null,
    image: e.kind === "FILE" && (e.contentType === "image/jpeg" || e.contentType === "image/png"),
  }));
  return {
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
    finding: row.finding ? findingView(row.finding) : null,
    evidence,
  };
}
