import { describe, expect, it } from "vitest";
import { lineageIds, maxLineageDepth, predecessorsOf, type SuccessionLink } from "@/lib/dashboard/unit/lineage";

const d2025 = new Date(Date.UTC(2025, 6, 1));
const d2023 = new Date(Date.UTC(2023, 0, 1));
const link = (
  predecessorId: string,
  successorId: string,
  kind: SuccessionLink["kind"] = "MERGE",
  effectiveDate = d2025,
) => ({
  predecessorId,
  successorId,
  kind,
  effectiveDate,
});
const ids = (unit: string, links: SuccessionLink[]) => predecessorsOf(unit, links).map((p) => p.agencyId);

describe("a unit's lineage through the succession links", () => {
  it("has no predecessor when no link leads to it", () => {
    expect(predecessorsOf("N", [link("A", "M")])).toEqual([]);
    expect(lineageIds("N", [])).toEqual(["N"]);
  });

  it("a merge of three into one: the three old communes, one step back, with the effective date", () => {
    const links = [link("A", "N"), link("B", "N"), link("C", "N")];
    const line = predecessorsOf("N", links);
    expect(line.map((p) => p.agencyId).sort()).toEqual(["A", "B", "C"]);
    for (const p of line)
      expect(p).toMatchObject({ successorId: "N", kind: "MERGE", depth: 1, split: false, effectiveDate: d2025 });
    expect(lineageIds("N", line)).toEqual(["N", ...line.map((p) => p.agencyId)]);
  });

  it("a split: each new unit has the old one as a predecessor, marked as split", () => {
    const links = [link("P", "S1", "SPLIT"), link("P", "S2", "SPLIT")];
    expect(predecessorsOf("S1", links)).toEqual([
      { agencyId: "P", successorId: "S1", kind: "SPLIT", effectiveDate: d2025, depth: 1, split: true },
    ]);
    expect(ids("S2", links)).toEqual(["P"]);
  });

  it("a unit merged into two successors is marked split even when the links say MERGE", () => {
    const links = [link("P", "N1"), link("P", "N2"), link("Q", "N1")];
    const line = predecessorsOf("N1", links);
    expect(line.find((p) => p.agencyId === "P")?.split).toBe(true);
    expect(line.find((p) => p.agencyId === "Q")?.split).toBe(false);
  });

  it("a chain of two reorganisations: the 2023 ward behind the 2025 commune, two steps back", () => {
    const links = [link("W", "T", "CONTINUE", d2023), link("T", "N"), link("X", "N")];
    const line = predecessorsOf("N", links);
    expect(line.map((p) => [p.agencyId, p.depth, p.successorId])).toEqual([
      ["T", 1, "N"],
      ["X", 1, "N"],
      ["W", 2, "T"],
    ]);
    expect(line.find((p) => p.agencyId === "W")).toMatchObject({ kind: "CONTINUE", effectiveDate: d2023 });
  });

  it("a unit reached by two paths is listed once, at its nearest depth", () => {
    const links = [link("A", "N"), link("B", "N"), link("A", "B")];
    expect(predecessorsOf("N", links).map((p) => [p.agencyId, p.depth])).toEqual([
      ["A", 1],
      ["B", 1],
    ]);
  });

  it("a cycle in bad data ends the walk: the unit is never its own predecessor", () => {
    const links = [link("A", "N"), link("N", "A"), link("B", "A"), link("A", "B")];
    expect(ids("N", links)).toEqual(["A", "B"]);
    expect(ids("N", [link("N", "N")])).toEqual([]);
  });

  it("a chain longer than the guard stops at the guard", () => {
    const links = Array.from({ length: maxLineageDepth + 5 }, (_, i) => link(`U${i + 1}`, `U${i}`));
    const line = predecessorsOf("U0", links);
    expect(line).toHaveLength(maxLineageDepth);
    expect(line.at(-1)).toMatchObject({ agencyId: `U${maxLineageDepth}`, depth: maxLineageDepth });
  });
});
