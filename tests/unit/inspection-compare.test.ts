import { describe, expect, it } from "vitest";
import type { ChecklistStandard, ItemResult } from "@/lib/generated/prisma/enums";
import {
  classifyChange,
  lineUp,
  pickPrevious,
  standingOf,
  type CompareItem,
  type Dated,
} from "@/lib/inspections/compare/rows";

const item = (standard: ChecklistStandard, code: string, clause: string, result: ItemResult | null): CompareItem => ({
  standard,
  code,
  clause,
  clauseGroup: "",
  result,
  titleVi: `Tiêu đề ${code}`,
  titleEn: `Title ${code}`,
});
const o = (clause: string, result: ItemResult | null) => item("ISO_9001_2008", `O-${clause}`, clause, result);
const n = (clause: string, result: ItemResult | null) => item("ISO_9001_2015", `N-${clause}`, clause, result);
const qd = (code: string, result: ItemResult | null) => item("QD19_2014", code, `TT26 ${code}`, result);

describe("standingOf: what one side's results amount to", () => {
  it.each([
    [[], "ABSENT"],
    [[null, null], "UNASSESSED"],
    [["NOT_APPLICABLE"], "NOT_APPLICABLE"],
    [["CONFORM", "RECOMMENDATION"], "CONFORMING"],
    [["CONFORM", "MINOR_NC", "NOT_APPLICABLE"], "MINOR_NC"],
    [["MINOR_NC", "MAJOR_NC", "CONFORM"], "MAJOR_NC"],
    [["CONFORM", null], "CONFORMING"],
  ] as const)("%j → %s", (results, standing) => {
    expect(standingOf(results)).toBe(standing);
  });
});

describe("classifyChange", () => {
  it.each([
    ["MINOR_NC", "CONFORMING", "IMPROVED"],
    ["MAJOR_NC", "MINOR_NC", "IMPROVED"],
    ["CONFORMING", "MAJOR_NC", "WORSE"],
    ["MINOR_NC", "MAJOR_NC", "WORSE"],
    ["CONFORMING", "CONFORMING", "SAME"],
    ["NOT_APPLICABLE", "NOT_APPLICABLE", "SAME"],
    ["NOT_APPLICABLE", "CONFORMING", "CHANGED"],
    ["MINOR_NC", "NOT_APPLICABLE", "CHANGED"],
    ["ABSENT", "CONFORMING", "NO_PREVIOUS"],
    ["UNASSESSED", "MINOR_NC", "NO_PREVIOUS"],
    ["CONFORMING", "UNASSESSED", "NOT_ASSESSED"],
    ["MAJOR_NC", "ABSENT", "DROPPED"],
  ] as const)("%s → %s is %s", (previous, current, change) => {
    expect(classifyChange(previous, current)).toBe(change);
  });
});

describe("lineUp", () => {
  it("2008 → 2015: rows per 2015 clause with the 2008 results that map to them, the weakest deciding", () => {
    const previous = [
      o("4.2.2", "CONFORM"),
      o("4.2.3", "MINOR_NC"),
      o("4.2.4", "CONFORM"),
      o("7.5", "MAJOR_NC"),
      o("8.5.2", "CONFORM"),
    ];
    const current = [n("4.1", "CONFORM"), n("7.5", "CONFORM"), n("8.5", "MINOR_NC"), n("10.2", "MAJOR_NC")];
    const { iso, decision19 } = lineUp(previous, current);
    expect(decision19).toEqual([]);
    expect(iso!.crosswalked).toBe(true);
    const rows = Object.fromEntries(
      iso!.rows.map((r) => [
        r.key,
        { previous: r.previous.map((i) => i.code), current: r.current.map((i) => i.code), change: r.change },
      ]),
    );
    expect(rows["4.1"]).toEqual({ previous: [], current: ["N-4.1"], change: "NO_PREVIOUS" });
    // 4.2.2 leads to 4.3, 4.4 and 7.5: its result is in each of those rows.
    expect(rows["7.5"]).toEqual({
      previous: ["O-4.2.2", "O-4.2.3", "O-4.2.4"],
      current: ["N-7.5"],
      change: "IMPROVED",
    });
    expect(rows["4.3"]).toEqual({ previous: ["O-4.2.2"], current: [], change: "DROPPED" });
    expect(rows["8.5"]).toEqual({ previous: ["O-7.5"], current: ["N-8.5"], change: "IMPROVED" });
    expect(rows["10.2"]).toEqual({ previous: ["O-8.5.2"], current: ["N-10.2"], change: "WORSE" });
    expect(iso!.rows.map((r) => r.key)).toEqual(["4.1", "4.3", "4.4", "7.5", "8.5", "10.2"]);
    expect(iso!.rows.find((r) => r.key === "7.5")!.counterparts).toEqual(["4.2.2", "4.2.3", "4.2.4"]);
  });

  it("scores each side's clause groups with the score's own rule", () => {
    const { iso } = lineUp(
      [o("7.5", "CONFORM"), o("7.6", "MINOR_NC"), o("8.3", "CONFORM")],
      [n("8.5", "CONFORM"), n("8.7", "NOT_APPLICABLE")],
    );
    expect(iso!.previous).toMatchObject({ standard: "ISO_9001_2008", overall: { conforming: 2, applicable: 3 } });
    expect(iso!.previous.groups.map((g) => [g.group, g.conforming, g.applicable])).toEqual([
      ["7", 1, 2],
      ["8", 1, 1],
    ]);
    expect(iso!.current.groups.map((g) => [g.group, g.conforming, g.applicable])).toEqual([["8", 1, 1]]);
  });

  it("same version: clause by clause; Decision 19 by item code in the current checklist's order", () => {
    const previous = [
      qd("QD-02", "MINOR_NC"),
      qd("QD-01", "CONFORM"),
      n("8.5", "MAJOR_NC"),
      n("9.1", "CONFORM"),
      qd("QD-09", "CONFORM"),
    ];
    const current = [
      qd("QD-01", "RECOMMENDATION"),
      qd("QD-02", "CONFORM"),
      qd("QD-03", null),
      n("8.5", "MINOR_NC"),
      n("9.1", null),
    ];
    const { iso, decision19 } = lineUp(previous, current);
    expect(iso!.crosswalked).toBe(false);
    expect(iso!.rows.map((r) => [r.key, r.counterparts, r.change])).toEqual([
      ["8.5", ["8.5"], "IMPROVED"],
      ["9.1", ["9.1"], "NOT_ASSESSED"],
    ]);
    expect(decision19.map((r) => [r.key, r.change])).toEqual([
      ["QD-01", "SAME"],
      ["QD-02", "IMPROVED"],
      ["QD-03", "NO_PREVIOUS"],
      ["QD-09", "DROPPED"],
    ]);
  });

  it("no ISO part on one side: no ISO comparison", () => {
    expect(lineUp([qd("QD-01", "CONFORM")], [qd("QD-01", "CONFORM"), n("4.1", "CONFORM")]).iso).toBeNull();
  });
});

describe("pickPrevious", () => {
  const d = (id: string, kind: Dated["kind"], recordDate: string | null, signedOffAt: string | null = null): Dated => ({
    id,
    kind,
    recordDate: recordDate ? new Date(`${recordDate}T00:00:00Z`) : null,
    signedOffAt: signedOffAt ? new Date(signedOffAt) : null,
  });

  it("prefers the latest earlier inspection of the same kind, else the latest of any kind", () => {
    const current = d("now", "ON_SITE", "2025-05-10");
    const candidates = [
      d("a", "ON_SITE", "2022-05-01"),
      d("b", "DOSSIER", "2024-04-01"),
      d("c", "ON_SITE", "2023-06-01"),
      d("later", "ON_SITE", "2026-01-01"),
    ];
    expect(pickPrevious(current, candidates)?.id).toBe("c");
    expect(
      pickPrevious(
        current,
        candidates.filter((c) => c.kind === "DOSSIER"),
      )?.id,
    ).toBe("b");
    expect(pickPrevious(current, [d("later", "ON_SITE", "2026-01-01")])).toBeNull();
  });

  it("an undated current inspection (not concluded yet) comes after every dated one; ties fall to the sign-off", () => {
    expect(
      pickPrevious(d("now", "ON_SITE", null), [
        d("a", "ON_SITE", "2024-01-01"),
        d("b", "ON_SITE", null, "2024-03-01T02:00:00Z"),
      ])?.id,
    ).toBe("b");
    const current = d("now", "ON_SITE", "2025-05-10", "2025-05-12T02:00:00Z");
    expect(
      pickPrevious(current, [
        d("same-day", "DOSSIER", "2025-05-10", "2025-05-11T02:00:00Z"),
        d("now", "ON_SITE", "2025-05-10"),
      ])?.id,
    ).toBe("same-day");
  });
});
