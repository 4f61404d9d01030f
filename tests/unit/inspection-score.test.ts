import { describe, expect, it } from "vitest";
import type { ChecklistStandard, ItemResult } from "@/lib/generated/prisma/enums";
import {
  conformityPercent,
  formulaParts,
  groupOf,
  scoreInspection,
  type ScorableItem,
} from "@/lib/inspections/scoring/score";

const iso = (clause: string, result: ItemResult | null, clauseGroup = ""): ScorableItem => ({
  standard: "ISO_9001_2015",
  clause,
  clauseGroup,
  result,
});
const qd = (result: ItemResult | null, clauseGroup = ""): ScorableItem => ({
  standard: "QD19_2014",
  clause: "TT26 Đ36.1.a",
  clauseGroup,
  result,
});
const many = (n: number, make: () => ScorableItem) => Array.from({ length: n }, make);

describe("scoreInspection: overall", () => {
  it("an empty checklist has nothing applicable and no ratio", () => {
    expect(scoreInspection([])).toEqual({
      overall: {
        total: 0,
        conforming: 0,
        nonconforming: 0,
        notApplicable: 0,
        unassessed: 0,
        applicable: 0,
        conformity: null,
        provisional: false,
      },
      groups: [],
    });
  });

  it("all items not applicable: no ratio, and not provisional", () => {
    const { overall } = scoreInspection([iso("4.1", "NOT_APPLICABLE"), qd("NOT_APPLICABLE")]);
    expect(overall).toMatchObject({ total: 2, notApplicable: 2, applicable: 0, conformity: null, provisional: false });
  });

  it("counts a recommendation as conforming and both nonconformities as nonconforming", () => {
    const results: ItemResult[] = ["CONFORM", "RECOMMENDATION", "MINOR_NC", "MAJOR_NC", "NOT_APPLICABLE"];
    const { overall } = scoreInspection(results.map((r) => iso("8.1", r)));
    expect(overall).toEqual({
      total: 5,
      conforming: 2,
      nonconforming: 2,
      notApplicable: 1,
      unassessed: 0,
      applicable: 4,
      conformity: 0.5,
      provisional: false,
    });
  });

  it("40 conforming of 48 applicable (2 not applicable) is 83,3 %", () => {
    const items = [
      ...many(38, () => iso("7.1", "CONFORM")),
      ...many(2, () => iso("7.1", "RECOMMENDATION")),
      ...many(7, () => iso("8.1", "MINOR_NC")),
      iso("9.1", "MAJOR_NC"),
      ...many(2, () => qd("NOT_APPLICABLE")),
    ];
    const { overall } = scoreInspection(items);
    expect(overall).toMatchObject({ total: 50, conforming: 40, nonconforming: 8, applicable: 48, provisional: false });
    expect(formulaParts(overall, "vi")).toEqual({ conforming: "40", applicable: "48", percent: "83,3 %" });
    expect(formulaParts(overall, "en")).toEqual({ conforming: "40", applicable: "48", percent: "83.3 %" });
  });

  it("unassessed items make the score provisional and count as applicable but not conforming", () => {
    const { overall } = scoreInspection([
      iso("4.1", "CONFORM"),
      iso("4.2", "CONFORM"),
      iso("4.3", null),
      iso("4.4", "NOT_APPLICABLE"),
    ]);
    expect(overall).toEqual({
      total: 4,
      conforming: 2,
      nonconforming: 0,
      notApplicable: 1,
      unassessed: 1,
      applicable: 3,
      conformity: 2 / 3,
      provisional: true,
    });
    expect(formulaParts(overall, "vi").percent).toBe("66,7 %");
  });

  it("a checklist nobody has started is provisional at 0 %", () => {
    const { overall } = scoreInspection([iso("4.1", null), qd(null)]);
    expect(overall).toMatchObject({ applicable: 2, conforming: 0, conformity: 0, provisional: true });
    expect(formulaParts(overall, "vi").percent).toBe("0,0 %");
  });

  it("gives no percent when nothing applies", () => {
    expect(formulaParts({ conforming: 0, applicable: 0, conformity: null }, "vi")).toEqual({
      conforming: "0",
      applicable: "0",
      percent: null,
    });
  });

  it("writes thousands with the locale's separator", () => {
    expect(formulaParts({ conforming: 1200, applicable: 1500, conformity: 0.8 }, "vi")).toEqual({
      conforming: "1.200",
      applicable: "1.500",
      percent: "80,0 %",
    });
    expect(formulaParts({ conforming: 1200, applicable: 1500, conformity: 0.8 }, "en")).toEqual({
      conforming: "1,200",
      applicable: "1,500",
      percent: "80.0 %",
    });
  });
});

describe("scoreInspection: groups", () => {
  it("groups by standard and clause group, in checklist order with clauses in numeric order", () => {
    const items = [
      qd("CONFORM"),
      qd("MINOR_NC"),
      iso("10.2", "CONFORM"),
      iso("4.1", "CONFORM"),
      iso("4.2", "MAJOR_NC"),
      iso("8.5", null),
      iso("9.1", "NOT_APPLICABLE"),
    ];
    const { groups, overall } = scoreInspection(items);
    expect(groups.map((g) => [g.standard, g.group, g.conforming, g.applicable, g.conformity, g.provisional])).toEqual([
      ["QD19_2014", "Đ36.1", 1, 2, 0.5, false],
      ["ISO_9001_2015", "4", 1, 2, 0.5, false],
      ["ISO_9001_2015", "8", 0, 1, 0, true],
      ["ISO_9001_2015", "9", 0, 0, null, false],
      ["ISO_9001_2015", "10", 1, 1, 1, false],
    ]);
    expect(overall).toMatchObject({ total: 7, conforming: 3, applicable: 6, provisional: true });
    // The groups add up to the whole.
    expect(groups.reduce((n, g) => n + g.applicable, 0)).toBe(overall.applicable);
    expect(groups.reduce((n, g) => n + g.conforming, 0)).toBe(overall.conforming);
  });

  it("keeps the same clause group of two standards apart", () => {
    const old: ScorableItem = {
      standard: "ISO_9001_2008" as ChecklistStandard,
      clause: "4.2.3",
      clauseGroup: "",
      result: "CONFORM",
    };
    const { groups } = scoreInspection([iso("4.1", "MINOR_NC"), old]);
    expect(groups.map((g) => [g.standard, g.group, g.conformity])).toEqual([
      ["ISO_9001_2015", "4", 0],
      ["ISO_9001_2008", "4", 1],
    ]);
  });

  it("uses the stored clause group when there is one", () => {
    const { groups } = scoreInspection([qd("CONFORM", "Đ36.1"), qd("MAJOR_NC", "Đ36.2"), qd("CONFORM", "Đ36.1")]);
    expect(groups.map((g) => [g.group, g.conforming, g.applicable])).toEqual([
      ["Đ36.1", 2, 2],
      ["Đ36.2", 0, 1],
    ]);
  });
});

describe("groupOf", () => {
  it("derives the group from the clause for an item without a stored group", () => {
    expect(groupOf({ standard: "ISO_9001_2008", clause: "8.5.2", clauseGroup: "" })).toBe("8");
    expect(groupOf({ standard: "ISO_9001_2015", clause: "10.3", clauseGroup: "" })).toBe("10");
    expect(groupOf({ standard: "ISO_9001_2015", clause: "10.3", clauseGroup: "10" })).toBe("10");
    expect(groupOf({ standard: "QD19_2014", clause: "QĐ19 Đ4.2.a", clauseGroup: "" })).toBe("QĐ19");
    expect(groupOf({ standard: "QD19_2014", clause: "QĐ19 Đ3.1; TT26 Đ36.1.a", clauseGroup: "" })).toBe("Đ36.1");
    expect(groupOf({ standard: "QD19_2014", clause: "TT26 Đ36.1.a", clauseGroup: "Khác" })).toBe("Khác");
  });
});

describe("conformityPercent", () => {
  it.each([
    [2 / 3, 66.7],
    [1 / 6, 16.7],
    [1 / 8, 12.5],
    [0.8125, 81.3],
    [0.99949, 99.9],
    [1, 100],
    [0, 0],
  ])("%f → %f", (conformity, percent) => {
    expect(conformityPercent(conformity)).toBe(percent);
  });

  it("never shows 100 % with a nonconformity, nor 0 % with something conforming", () => {
    expect(conformityPercent(1999 / 2000)).toBe(99.9);
    expect(conformityPercent(1 / 2000)).toBe(0.1);
    expect(formulaParts({ conforming: 1999, applicable: 2000, conformity: 1999 / 2000 }, "vi").percent).toBe("99,9 %");
  });
});
