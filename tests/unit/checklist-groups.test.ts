import { describe, expect, it } from "vitest";
import { checklistGroups } from "@/components/inspections/groups";
import type { InspectionDetail } from "@/lib/inspections/data";
import { scoreInspection } from "@/lib/inspections/scoring/score";

/** The checklist page and the score panel put every item in the same clause group (one rule: groupItems). */

const t = ((key: string, params?: Record<string, unknown>) =>
  params ? `${key}:${JSON.stringify(params)}` : key) as never;

function inspectionOf(
  items: {
    code: string;
    standard: "QD19_2014" | "ISO_9001_2015";
    clause: string;
    clauseGroup?: string;
    result?: "CONFORM" | "MINOR_NC";
  }[],
): InspectionDetail {
  return {
    id: "00000000-0000-0000-0000-000000000001",
    names: {},
    items: items.map((item, index) => ({
      id: `item-${index}`,
      result: item.result ?? null,
      note: "",
      version: 0,
      updatedById: null,
      updatedAt: null,
      finding: null,
      evidence: [],
      checklistItem: {
        code: item.code,
        clause: item.clause,
        clauseGroup: item.clauseGroup ?? "",
        titleVi: item.code,
        titleEn: item.code,
        guidanceVi: "",
        guidanceEn: "",
        template: { standard: item.standard },
      },
    })),
  } as unknown as InspectionDetail;
}

describe("checklistGroups", () => {
  // A template version that predates stored groups: the Decision 19 items' groups come from their clauses.
  const inspection = inspectionOf([
    { code: "QD-01", standard: "QD19_2014", clause: "QĐ19 Đ3.1; TT26 Đ36.1.a" },
    { code: "QD-02", standard: "QD19_2014", clause: "QĐ19 Đ4.2.a" },
    { code: "QD-03", standard: "QD19_2014", clause: "TT26 Đ36.2.b", result: "MINOR_NC" },
    { code: "QD-04", standard: "QD19_2014", clause: "TT26 Đ36.1.c", result: "CONFORM" },
    { code: "ISO-1", standard: "ISO_9001_2015", clause: "8.5.1" },
    { code: "ISO-2", standard: "ISO_9001_2015", clause: "4.1" },
  ]);

  it("groups Decision 19 items without a stored group as the score does, in the score's order", () => {
    const groups = checklistGroups(inspection, "vi", t);
    const score = scoreInspection(
      inspection.items.map((row) => ({
        standard: row.checklistItem.template.standard,
        clauseGroup: row.checklistItem.clauseGroup,
        clause: row.checklistItem.clause,
        result: row.result,
      })),
    );
    expect(groups.map((g) => g.key)).toEqual(score.groups.map((g) => `${g.standard}-${g.group}`));
    expect(groups.map((g) => [g.key, g.items.map((i) => i.code)])).toEqual([
      ["QD19_2014-Đ36.1", ["QD-01", "QD-04"]],
      ["QD19_2014-Đ36.2", ["QD-03"]],
      ["QD19_2014-QĐ19", ["QD-02"]],
      ["ISO_9001_2015-4", ["ISO-2"]],
      ["ISO_9001_2015-8", ["ISO-1"]],
    ]);
  });

  it("names a group as the catalogue does, and one an administrator typed as typed", () => {
    const typed = checklistGroups(
      inspectionOf([{ code: "X-1", standard: "ISO_9001_2015", clause: "4.1", clauseGroup: "Phụ lục" }]),
      "vi",
      t,
    );
    expect(typed[0]!.label).toBe('inspections.clauseGroup:{"group":"Phụ lục"}');
    expect(checklistGroups(inspection, "vi", t)[0]!.label).toBe("checklists.groups.QD19_2014.part1");
  });
});
