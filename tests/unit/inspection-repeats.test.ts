import { describe, expect, it } from "vitest";
import { iso2008To2015 } from "@/lib/checklists";
import { isSameClause, sameClauses } from "@/lib/inspections/repeats/clauses";

const pairs = iso2008To2015;

describe("repeat findings: which clauses are the same", () => {
  it("matches the same clause of the same standard exactly", () => {
    expect(
      isSameClause({ standard: "ISO_9001_2015", clause: "8.5" }, { standard: "ISO_9001_2015", clause: "8.5" }, pairs),
    ).toBe(true);
    expect(
      isSameClause({ standard: "ISO_9001_2015", clause: "8.5" }, { standard: "ISO_9001_2015", clause: "8.6" }, pairs),
    ).toBe(false);
    expect(
      isSameClause(
        { standard: "QD19_2014", clause: "QĐ19 Đ3.1" },
        { standard: "QD19_2014", clause: "QĐ19 Đ3.1" },
        pairs,
      ),
    ).toBe(true);
  });

  it("does not take the same number of the other version for the same clause", () => {
    // 2008 7.5 (production and service provision) is 2015 8.5, not 2015 7.5 (documented information).
    expect(
      isSameClause({ standard: "ISO_9001_2008", clause: "7.5" }, { standard: "ISO_9001_2015", clause: "7.5" }, pairs),
    ).toBe(false);
    expect(
      isSameClause({ standard: "ISO_9001_2008", clause: "7.5" }, { standard: "ISO_9001_2015", clause: "8.5" }, pairs),
    ).toBe(true);
  });

  it("goes 2008 → 2015 and 2015 → 2008 through the crosswalk", () => {
    expect(sameClauses({ standard: "ISO_9001_2008", clause: "4.2.2" }, pairs)).toEqual([
      { standard: "ISO_9001_2008", clause: "4.2.2" },
      { standard: "ISO_9001_2015", clause: "4.3" },
      { standard: "ISO_9001_2015", clause: "4.4" },
      { standard: "ISO_9001_2015", clause: "7.5" },
    ]);
    expect(sameClauses({ standard: "ISO_9001_2015", clause: "7.5" }, pairs)).toEqual([
      { standard: "ISO_9001_2015", clause: "7.5" },
      { standard: "ISO_9001_2008", clause: "4.2.2" },
      { standard: "ISO_9001_2008", clause: "4.2.3" },
      { standard: "ISO_9001_2008", clause: "4.2.4" },
    ]);
  });

  it("matches sub-clauses where the crosswalk has them, and falls back to the parent clause otherwise", () => {
    // 8.2.3 (monitoring of processes) is in the crosswalk itself; 8.2.2 (internal audit) is not 9.1.
    expect(
      isSameClause({ standard: "ISO_9001_2008", clause: "8.2.3" }, { standard: "ISO_9001_2015", clause: "9.1" }, pairs),
    ).toBe(true);
    expect(
      isSameClause({ standard: "ISO_9001_2008", clause: "8.2.2" }, { standard: "ISO_9001_2015", clause: "9.1" }, pairs),
    ).toBe(false);
    // 2015 7.1.5 is not a row of the crosswalk: it stands under 7.1, so 2008 6.3 matches, from either side.
    expect(
      isSameClause({ standard: "ISO_9001_2015", clause: "7.1.5" }, { standard: "ISO_9001_2008", clause: "6.3" }, pairs),
    ).toBe(true);
    expect(
      isSameClause({ standard: "ISO_9001_2008", clause: "6.3" }, { standard: "ISO_9001_2015", clause: "7.1.5" }, pairs),
    ).toBe(true);
  });

  it("matches a Decision 19 clause only with itself", () => {
    expect(sameClauses({ standard: "QD19_2014", clause: "5.1" }, pairs)).toEqual([
      { standard: "QD19_2014", clause: "5.1" },
    ]);
  });
});
