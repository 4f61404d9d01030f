import type { ChecklistStandard } from "@/lib/generated/prisma/enums";
import type { MessageKey, Translate } from "@/lib/i18n";
import { groupLabelKey } from "./groups";

/** A group's name: "TCVN ISO 9001:2015 — 8. Thực hiện", or the group as typed when the catalogue has no name for it. */
export function groupLabel(t: Translate, group: { standard: ChecklistStandard; group: string }): string {
  const standard = t(`checklistStandard.${group.standard}`);
  if (!group.group) return standard;
  const key = groupLabelKey(group.standard, group.group);
  return t("inspectionRecord.group.part", { standard, group: key ? t(key as MessageKey) : group.group });
}
