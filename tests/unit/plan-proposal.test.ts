import { describe, expect, it } from "vitest";
import { dueByCycle, proposeOnSite, scoreUnit, type UnitRisk } from "@/lib/plans/proposal/score";

/** A unit with nothing against it: conforming last year, on site last year, records complete. */
const calm = (agencyId: string, changes: Partial<UnitRisk> = {}): UnitRisk => ({
  agencyId,
  isoRequirement: "MANDATORY",
  lastResult: "CONFORMING",
  lastConformity: 1,
  openNonconformities: 0,
  overdueNonconformities: 0,
  repeats: 0,
  recordsPercent: 100,
  lastOnSiteYear: 2021,
  firstInspectedYear: 2021,
  scopeChanged: false,
  ...changes,
});

describe("scoreUnit", () => {
  it("gives a calm unit no points and no reason", () => {
    expect(scoreUnit(calm("a"), 2022)).toEqual({ score: 0, reasons: [] });
  });

  it("never proposes on history alone: never on site with no records is below the threshold", () => {
    const { score } = scoreUnit(calm("a", { lastOnSiteYear: null, recordsPercent: 0 }), 2022);
    expect(score).toBe(25);
    expect(
      proposeOnSite([calm("a", { lastOnSiteYear: null, recordsPercent: 0 }), calm("b"), calm("c"), calm("d")], 2022)[0]!
        .reasons,
    ).toEqual([
      { key: "neverOnSite" },
      { key: "recordsIncomplete", params: { percent: 0 } },
      { key: "oneThird", params: { required: 2, mandatory: 4 } },
    ]);
  });

  it("adds up the known weights, heaviest reason first", () => {
    const unit = calm("a", {
      lastResult: "NOT_CONFORMING",
      lastConformity: 0.72,
      openNonconformities: 3,
      overdueNonconformities: 2,
      repeats: 1,
      recordsPercent: 50,
      lastOnSiteYear: 2019,
      scopeChanged: true,
    });
    // overdue 2×15 = 30, not conforming 30, low conformity 15, not on site since 2019 (3 years) 15,
    // repeats 10, scope changed 10, one open in time 5, records 50 % → 5 (equal weights keep their order).
    expect(scoreUnit(unit, 2022)).toEqual({
      score: 120,
      reasons: [
        { key: "overdue", params: { count: 2 } },
        { key: "notConforming" },
        { key: "lowConformity", params: { percent: 72 } },
        { key: "notOnSiteSince", params: { year: 2019 } },
        { key: "repeats", params: { count: 1 } },
        { key: "scopeChanged" },
        { key: "open", params: { count: 1 } },
        { key: "recordsIncomplete", params: { percent: 50 } },
      ],
    });
  });

  it("caps the counts and tells a unit never on site", () => {
    const unit = calm("a", { overdueNonconformities: 9, openNonconformities: 9, lastOnSiteYear: null });
    expect(scoreUnit(unit, 2022)).toEqual({
      score: 45 + 15,
      reasons: [{ key: "overdue", params: { count: 9 } }, { key: "neverOnSite" }],
    });
  });
});

describe("dueByCycle", () => {
  it("forces a mandatory unit last on site three years ago, or inspected for three years and never on site", () => {
    expect(dueByCycle(calm("a", { lastOnSiteYear: 2019 }), 2022)).toBe(true);
    expect(dueByCycle(calm("a", { lastOnSiteYear: 2020 }), 2022)).toBe(false);
    expect(dueByCycle(calm("a", { lastOnSiteYear: null, firstInspectedYear: 2019 }), 2022)).toBe(true);
    expect(dueByCycle(calm("a", { lastOnSiteYear: null, firstInspectedYear: 2021 }), 2022)).toBe(false);
    expect(dueByCycle(calm("a", { lastOnSiteYear: 2015, isoRequirement: "ENCOURAGED" }), 2022)).toBe(false);
  });
});

describe("proposeOnSite", () => {
  it("proposes a unit with two overdue nonconformities with that reason, in its category", () => {
    const [p] = proposeOnSite([calm("a", { openNonconformities: 2, overdueNonconformities: 2 })], 2022);
    expect(p).toEqual({
      agencyId: "a",
      score: 30,
      proposed: true,
      category: "MANDATORY",
      reasons: [{ key: "overdue", params: { count: 2 } }],
    });
  });

  it("forces a mandatory unit by the three-year rule whatever its score, with that reason first", () => {
    const [p] = proposeOnSite([calm("a", { lastOnSiteYear: 2019 })], 2022);
    expect(p!.proposed).toBe(true);
    expect(p!.reasons[0]).toEqual({ key: "cycle", params: { years: 3 } });
  });

  it("tops up the mandatory units to one third by score, then by the longest since on site; communes are encouraged", () => {
    const units = [
      calm("m1"),
      calm("m2", { recordsPercent: 80 }), // 2 points
      calm("m3", { lastOnSiteYear: 2020 }), // not on site since 2020: 5 points
      calm("m4"),
      calm("m5"),
      calm("m6", { lastOnSiteYear: 2018, isoRequirement: "MANDATORY", firstInspectedYear: 2018 }), // forced
      calm("m7"),
      calm("c1", { isoRequirement: "ENCOURAGED", lastResult: "NOT_CONFORMING" }), // 30: proposed, encouraged
    ];
    const result = proposeOnSite(units, 2022);
    const byId = new Map(result.map((p) => [p.agencyId, p]));
    // 7 mandatory units: at least 3 on site. m6 is forced; m3 and m2 come next by score.
    expect(result.filter((p) => p.proposed).map((p) => p.agencyId)).toEqual(["m2", "m3", "m6", "c1"]);
    expect(byId.get("m3")!.reasons.at(-1)).toEqual({ key: "oneThird", params: { required: 3, mandatory: 7 } });
    expect(byId.get("m6")!.reasons.some((r) => r.key === "oneThird")).toBe(false);
    expect(byId.get("c1")).toMatchObject({ proposed: true, category: "ENCOURAGED", score: 30 });
    expect(byId.get("m1")).toMatchObject({ proposed: false, score: 0, reasons: [] });
  });

  it("adds nobody when enough mandatory units are already proposed", () => {
    const result = proposeOnSite([calm("m1", { lastResult: "NOT_CONFORMING" }), calm("m2"), calm("m3")], 2022);
    expect(result.map((p) => p.proposed)).toEqual([true, false, false]);
  });
});
