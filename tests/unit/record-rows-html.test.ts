import { describe, expect, it } from "vitest";
import { recordRowsHtml } from "@/components/documents/record-rows-html";
import type { RecordListItem } from "@/lib/documents/loaders";
import { createTranslator } from "@/lib/i18n";
import { rowCells } from "@/tests/support/html-cells";

const vi = createTranslator("vi");
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const record = (overrides: Partial<RecordListItem> = {}): RecordListItem => ({
  id: "5c3e2a10-0000-4000-8000-000000000001",
  category: "QUALITY_POLICY",
  title: "Chính sách chất lượng năm 2021",
  status: "SUBMITTED",
  latestVersion: 2,
  updatedAt: day(2021, 3, 2),
  agency: { id: "5c3e2a10-0000-4000-8000-000000000002", name: "Sở Tư pháp" },
  plan: { id: "5c3e2a10-0000-4000-8000-000000000003", number: "05/KH-SKHCN", year: 2021 },
  latest: { periodFrom: day(2021, 1, 1), periodTo: day(2021, 12, 31), effectiveDate: null, createdAt: day(2021, 3, 2) },
  lastComment: "Bổ sung chữ ký",
  ...overrides,
});

describe("QMS records as HTML rows", () => {
  it("in the review queue: unit, category, linked title with its plan, coverage, version, status, submitted at", () => {
    const html = recordRowsHtml([record()], vi, true);
    expect(rowCells(html)).toEqual([
      [
        "Sở Tư pháp",
        vi("documents.categories.QUALITY_POLICY"),
        "Chính sách chất lượng năm 2021" + "05/KH-SKHCN (2021)", // the title's link, then its plan
        "01/01/2021 – 31/12/2021",
        "2",
        vi("documents.statuses.SUBMITTED"),
        expect.stringMatching(/ 02\/03\/2021$/),
      ],
    ]);
    expect(html).toContain('<a href="/ho-so/5c3e2a10-0000-4000-8000-000000000001"');
  });

  it("in the unit's own list: no unit column, the last comment (— when none), — for a record without a version", () => {
    const [first, second] = rowCells(
      recordRowsHtml([record(), record({ lastComment: null, latest: null, plan: null })], vi, false),
    );
    expect(first).toHaveLength(6);
    expect(first![5]).toBe("Bổ sung chữ ký");
    expect(second![1]).toBe("Chính sách chất lượng năm 2021");
    expect(second![2]).toBe("—");
    expect(second![5]).toBe("—");
  });

  it("escapes every text", () => {
    const html = recordRowsHtml([record({ title: "<b>x</b>", lastComment: `"><img src=x>` })], vi, false);
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<img");
    expect(rowCells(html)[0]![1]).toBe("<b>x</b>05/KH-SKHCN (2021)");
  });
});
