import type { ChecklistStandard, StandardVersion } from "@/lib/generated/prisma/enums";

/** What composition needs to know of a checklist item. */
export type ComposableItem = {
  code: string;
  position: number;
  /** Agency kind codes the item applies to; empty: every kind. */
  kindCodes: string[];
  /** Standard versions of the unit the item applies to; empty: every version. */
  standardVersions: StandardVersion[];
};

export type ComposableTemplate<T extends ComposableItem> = { standard: ChecklistStandard; items: T[] };

/**
 * The standard whose clauses a unit is checked against. A unit that has not announced a version yet is
 * checked against TCVN ISO 9001:2015, the version in force since the 2008 transition ended (30/6/2021).
 */
export function isoStandardFor(version: StandardVersion): ChecklistStandard {
  return version === "ISO_9001_2008" ? "ISO_9001_2008" : "ISO_9001_2015";
}

/** The templates an inspection of such a unit uses, in the order the checklist shows them. */
export function standardsFor(version: StandardVersion): ChecklistStandard[] {
  return ["QD19_2014", isoStandardFor(version)];
}

/**
 * The checklist of one inspection: the Decision 19 items plus the items of the standard version the unit
 * applies, keeping only the items that apply to the unit's kind and version. `templates` holds the version
 * of each standard to use (at most one per standard); items keep their template's order.
 */
export function composeChecklist<T extends ComposableItem>(
  templates: ComposableTemplate<T>[],
  unit: { kindCode: string; standardVersion: StandardVersion },
): T[] {
  const composed: T[] = [];
  for (const standard of standardsFor(unit.standardVersion)) {
    const template = templates.find((t) => t.standard === standard);
    if (!template) throw new Error(`compose: no template for ${standard}`);
    const items = template.items
      .filter((item) => item.kindCodes.length === 0 || item.kindCodes.includes(unit.kindCode))
      .filter((item) => item.standardVersions.length === 0 || item.standardVersions.includes(unit.standardVersion))
      .sort((a, b) => a.position - b.position);
    composed.push(...items);
  }
  return composed;
}
