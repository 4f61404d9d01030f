import { describe, expect, it } from "vitest";
import type { Predecessor } from "@/lib/dashboard/unit/lineage";
import { unitDashboardHref, ownUnitDashboardHref } from "@/lib/dashboard/unit/links";
import { parseUnitDashboardQuery } from "@/lib/dashboard/unit/schema";
import { isOverdue, scoreOf, yearScores, type InspectionFact } from "@/lib/dashboard/unit/shape";

const at = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 3));
const end = at(2026, 1, 1);
const old: Predecessor = {
  agencyId: "A",
  successorId: "N",
  kind: "MERGE",
  effectiveDate: new Date(Date.UTC(2025, 6, 1)),
  depth: 1,
  split: false,
};
const fact = (over: Partial<InspectionFact> & Pick<InspectionFact, "id" | "planId" | "agencyId">): InspectionFact => ({
  kind: "DOSSIER",
  status: "SIGNED_OFF",
  signedOffAt: at(2021, 6, 1),
  itemsConforming: 8,
  itemsApplicable: 10,
  overallResult: "CONFORMING_WITH_FINDINGS",
  ...over,
});

describe("the unit's scores over the years", () => {
  const plans = [
    { id: "p2021", year: 2021, number: "05/KH", targets: [{ agencyId: "A", onSite: true }] },
    { id: "p2026", year: 2026, number: "01/KH", targets: [{ agencyId: "N", onSite: false }] },
  ];

  it("shows a predecessor's 2021 row under the unit, and the unit's own row for the later year", () => {
    const years = yearScores({
      agencyId: "N",
      predecessors: [old],
      plans,
      inspections: [
        fact({ id: "d", planId: "p2021", agencyId: "A" }),
        fact({
          id: "o",
          planId: "p2021",
          agencyId: "A",
          kind: "ON_SITE",
          signedOffAt: at(2021, 9, 1),
          itemsConforming: 3,
          itemsApplicable: 4,
          overallResult: "NOT_CONFORMING",
        }),
      ],
      nonconformities: new Map([
        ["d", 1],
        ["o", 2],
      ]),
      end,
    });
    expect(years.map((y) => y.year)).toEqual([2021, 2026]);
    expect(years[0]!.rows).toEqual([
      {
        agencyId: "A",
        predecessor: old,
        onSitePlanned: true,
        dossier: { conforming: 8, applicable: 10, conformity: 0.8 },
        onSite: { conforming: 3, applicable: 4, conformity: 0.75 },
        result: "NOT_CONFORMING",
        nonconformities: 3,
      },
    ]);
    expect(years[1]!.rows).toEqual([
      expect.objectContaining({ agencyId: "N", predecessor: null, dossier: null, result: null, nonconformities: 0 }),
    ]);
  });

  it("the on-site result stands for the year even when the dossier review is signed off after it", () => {
    const [year] = yearScores({
      agencyId: "A",
      predecessors: [],
      plans: [plans[0]!],
      inspections: [
        fact({ id: "o", planId: "p2021", agencyId: "A", kind: "ON_SITE", overallResult: "CONFORMING" }),
        fact({
          id: "d",
          planId: "p2021",
          agencyId: "A",
          signedOffAt: at(2021, 12, 1),
          overallResult: "NOT_CONFORMING",
        }),
      ],
      nonconformities: new Map(),
      end,
    });
    expect(year!.rows[0]!.result).toBe("CONFORMING");
  });

  it("counts only inspections signed off by the end of the as-of day, and none of units off the line", () => {
    const [year] = yearScores({
      agencyId: "A",
      predecessors: [],
      plans: [{ ...plans[0]!, targets: [...plans[0]!.targets, { agencyId: "Z", onSite: false }] }],
      inspections: [
        fact({ id: "late", planId: "p2021", agencyId: "A", signedOffAt: at(2026, 2, 1) }),
        fact({ id: "wip", planId: "p2021", agencyId: "A", kind: "ON_SITE", status: "IN_PROGRESS", signedOffAt: null }),
        fact({ id: "z", planId: "p2021", agencyId: "Z" }),
      ],
      nonconformities: new Map([["late", 4]]),
      end,
    });
    expect(year!.rows).toEqual([
      expect.objectContaining({ agencyId: "A", dossier: null, onSite: null, nonconformities: 0 }),
    ]);
  });

  it("a score with nothing applicable has no conformity; an inspection not signed off has no score", () => {
    expect(scoreOf({ itemsConforming: 0, itemsApplicable: 0 })).toEqual({
      conforming: 0,
      applicable: 0,
      conformity: null,
    });
    expect(scoreOf({ itemsConforming: null, itemsApplicable: null })).toBeNull();
  });
});

describe("overdue findings, links and the query", () => {
  const asOf = new Date(Date.UTC(2026, 0, 10));
  const awaiting = ["OPEN", "REJECTED"];
  it("a finding is overdue when still owed by the unit and due before the as-of day", () => {
    const f = { status: "OPEN", severity: "MAJOR", dueDate: new Date(Date.UTC(2026, 0, 9)) };
    expect(isOverdue(f, asOf, awaiting)).toBe(true);
    expect(isOverdue({ ...f, dueDate: asOf }, asOf, awaiting)).toBe(false);
    expect(isOverdue({ ...f, status: "ANSWERED" }, asOf, awaiting)).toBe(false);
    expect(isOverdue({ ...f, severity: "RECOMMENDATION" }, asOf, awaiting)).toBe(false);
    expect(isOverdue({ ...f, dueDate: null }, asOf, awaiting)).toBe(false);
  });

  it("links to the unit's dashboard, and sends an officer (only) to their own", () => {
    const id = "7d3f3f0e-5a43-4a43-9a43-2b7c8a1e0c11";
    expect(unitDashboardHref(id)).toBe(`/tong-quan/don-vi/${id}`);
    expect(unitDashboardHref(id, { inspectionId: "x" })).toBe(`/tong-quan/don-vi/${id}?kiem-tra=x`);
    expect(ownUnitDashboardHref({ role: "AGENCY_OFFICER", agencyId: id })).toBe(`/tong-quan/don-vi/${id}`);
    expect(ownUnitDashboardHref({ role: "AGENCY_OFFICER", agencyId: null })).toBeNull();
    expect(ownUnitDashboardHref({ role: "COMMITTEE_VIEWER", agencyId: id })).toBeNull();
  });

  it("?kiem-tra takes an inspection id and ?ngay= a day up to today; anything else gets a Vietnamese message", () => {
    const id = "7d3f3f0e-5a43-4a43-9a43-2b7c8a1e0c11";
    const today = new Date(Date.UTC(2026, 11, 6));
    const none = { ok: true, inspectionId: undefined, asOf: undefined };
    expect(parseUnitDashboardQuery({}, today)).toEqual(none);
    expect(parseUnitDashboardQuery({ "kiem-tra": "" }, today)).toEqual(none);
    expect(parseUnitDashboardQuery({ "kiem-tra": [id, "x"] }, today)).toEqual({ ...none, inspectionId: id });
    expect(parseUnitDashboardQuery({ ngay: "30/06/2021" }, today)).toEqual({
      ...none,
      asOf: new Date(Date.UTC(2021, 5, 30)),
    });
    expect(parseUnitDashboardQuery({ "kiem-tra": "abc" }, today)).toEqual({
      ok: false,
      message: "Mã cuộc kiểm tra không hợp lệ.",
    });
    expect(parseUnitDashboardQuery({ ngay: "07/12/2026" }, today)).toEqual({
      ok: false,
      message: "Ngày tính số liệu không được sau hôm nay.",
    });
  });
});
