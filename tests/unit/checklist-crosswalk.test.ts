import { describe, expect, it } from "vitest";
import {
  compareAcrossVersions,
  compareClauses,
  counterparts,
  iso2008To2015,
  matchClause,
} from "@/lib/checklists/clauses/crosswalk";
import { seedItems } from "@/prisma/seed/checklists";

describe("the seeded crosswalk", () => {
  const clauses2008 = new Set(seedItems("ISO_9001_2008").map((i) => i.clause));
  const clauses2015 = new Set(seedItems("ISO_9001_2015").map((i) => i.clause));

  it("uses only clauses present in the two checklists, each pair once", () => {
    for (const p of iso2008To2015) {
      expect(clauses2008.has(p.iso2008Clause), p.iso2008Clause).toBe(true);
      expect(clauses2015.has(p.iso2015Clause), p.iso2015Clause).toBe(true);
    }
    expect(new Set(iso2008To2015.map((p) => `${p.iso2008Clause}>${p.iso2015Clause}`)).size).toBe(iso2008To2015.length);
  });

  it("maps every 2008 clause of the checklist somewhere", () => {
    for (const clause of clauses2008) expect(counterparts(clause, "ISO_9001_2008").length, clause).toBeGreaterThan(0);
  });

  it("follows the standard correlation", () => {
    expect(counterparts("4.2.3", "ISO_9001_2008")).toEqual(["7.5"]);
    expect(counterparts("4.2.4", "ISO_9001_2008")).toEqual(["7.5"]);
    expect(counterparts("5.2", "ISO_9001_2008")).toEqual(["5.1"]);
    expect(counterparts("5.5", "ISO_9001_2008")).toEqual(["5.3", "7.4"]);
    expect(counterparts("6.2", "ISO_9001_2008")).toEqual(["7.2", "7.3"]);
    expect(counterparts("8.3", "ISO_9001_2008")).toEqual(["8.7"]);
    expect(counterparts("8.5.2", "ISO_9001_2008")).toEqual(["10.2"]);
    expect(counterparts("8.5.3", "ISO_9001_2008")).toEqual(["6.1"]);
    expect(counterparts("7.5", "ISO_9001_2015")).toEqual(["4.2.2", "4.2.3", "4.2.4"]);
    expect(counterparts("4.1", "ISO_9001_2015")).toEqual([]);
  });
});

describe("clause helpers", () => {
  it("orders clauses numerically", () => {
    expect(["10.2", "4.10", "4.2", "8.5.2", "8.5"].sort(compareClauses)).toEqual([
      "4.2",
      "4.10",
      "8.5",
      "8.5.2",
      "10.2",
    ]);
  });

  it("matches a sub-clause to the crosswalk clause containing it, and a parent to its children", () => {
    expect(matchClause("7.5.2", ["7.5", "7", "7.1"])).toEqual(["7.5"]);
    expect(matchClause("8.2", ["8.2.1", "8.2.4", "8.3"])).toEqual(["8.2.1", "8.2.4"]);
    expect(matchClause("9.9", ["8.2.1"])).toEqual([]);
  });
});

describe("compareAcrossVersions", () => {
  it("puts 2008 results on the 2015 clauses they map to", () => {
    const previous = {
      standard: "ISO_9001_2008" as const,
      results: [
        { clause: "4.2.3", result: "MINOR_NC" },
        { clause: "4.2.4", result: "CONFORM" },
        { clause: "5.5", result: "CONFORM" },
      ],
    };
    const current = {
      standard: "ISO_9001_2015" as const,
      results: [
        { clause: "7.5", result: "CONFORM" },
        { clause: "4.1", result: "CONFORM" },
      ],
    };
    const { anchor, rows, unmatched } = compareAcrossVersions(previous, current);
    expect(anchor).toBe("ISO_9001_2015");
    expect(rows.map((r) => r.clause)).toEqual(["4.1", "5.3", "7.4", "7.5"]);
    const row75 = rows.find((r) => r.clause === "7.5")!;
    expect(row75.previous.map((r) => r.clause)).toEqual(["4.2.3", "4.2.4"]);
    expect(row75.current).toEqual([{ clause: "7.5", result: "CONFORM" }]);
    expect(row75.counterparts).toEqual(["4.2.2", "4.2.3", "4.2.4"]);
    // 5.5 (responsibility and communication) lands on both 5.3 and 7.4.
    expect(rows.find((r) => r.clause === "7.4")!.previous).toEqual([{ clause: "5.5", result: "CONFORM" }]);
    expect(rows.find((r) => r.clause === "4.1")!.previous).toEqual([]);
    expect(unmatched).toEqual({ previous: [], current: [] });
  });

  it("works the other way round, still by 2015 clause, and keeps results with no counterpart", () => {
    const previous = {
      standard: "ISO_9001_2015" as const,
      results: [
        { clause: "10.2", result: "MAJOR_NC" },
        { clause: "7.5.3", result: "CONFORM" },
      ],
    };
    const current = {
      standard: "ISO_9001_2008" as const,
      results: [
        { clause: "8.5.2", result: "CONFORM" },
        { clause: "1.2", result: "CONFORM" },
      ],
    };
    const { rows, unmatched } = compareAcrossVersions(previous, current);
    expect(rows.find((r) => r.clause === "10.2")).toMatchObject({
      previous: [{ clause: "10.2", result: "MAJOR_NC" }],
      current: [{ clause: "8.5.2", result: "CONFORM" }],
    });
    expect(rows.find((r) => r.clause === "7.5")!.previous).toEqual([{ clause: "7.5.3", result: "CONFORM" }]);
    expect(unmatched.current).toEqual([{ clause: "1.2", result: "CONFORM" }]);
  });

  it("compares the same standard clause by clause", () => {
    const qd = (result: string) => ({ standard: "QD19_2014" as const, results: [{ clause: "TT26 Đ36.1.a", result }] });
    const { anchor, rows } = compareAcrossVersions(qd("MINOR_NC"), qd("CONFORM"));
    expect(anchor).toBe("QD19_2014");
    expect(rows).toEqual([
      {
        clause: "TT26 Đ36.1.a",
        counterparts: ["TT26 Đ36.1.a"],
        previous: [{ clause: "TT26 Đ36.1.a", result: "MINOR_NC" }],
        current: [{ clause: "TT26 Đ36.1.a", result: "CONFORM" }],
      },
    ]);
  });

  it("refuses to compare Decision 19 with an ISO version", () => {
    expect(() =>
      compareAcrossVersions({ standard: "QD19_2014", results: [] }, { standard: "ISO_9001_2015", results: [] }),
    ).toThrow(/not comparable/);
  });
});
