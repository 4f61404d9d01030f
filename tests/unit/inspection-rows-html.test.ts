import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n";
import { inspectionRowsHtml } from "@/components/inspections/inspection-rows-html";
import type { InspectionRow } from "@/lib/inspections/loaders";
import { rowCells } from "@/tests/support/html-cells";

const vi = createTranslator("vi");

const row = (overrides: Partial<InspectionRow> = {}): InspectionRow => ({
  id: "0b7d8a4e-0000-4000-8000-000000000001",
  kind: "ON_SITE",
  status: "IN_PROGRESS",
  standardVersion: "ISO_9001_2015",
  overallResult: null,
  signedOffAt: null,
  agency: { id: "0b7d8a4e-0000-4000-8000-000000000002", code: "883", name: "UBND thành phố Long Xuyên" },
  plan: { id: "0b7d8a4e-0000-4000-8000-000000000003", number: "05/KH-SKHCN", year: 2021, version: 1 },
  assignees: [
    { member: { id: "m1", user: { name: "Nguyễn Văn An" } } },
    { member: { id: "m2", user: { name: "Trần Thị Bình" } } },
  ],
  _count: { items: 80, findings: 3 },
  assessed: 12,
  ...overrides,
});

describe("inspections as HTML rows", () => {
  it("writes the unit as a link to the inspection, the plan, form, status, progress, findings and assignees", () => {
    const html = inspectionRowsHtml([row()], vi, { showPlan: true });
    expect(rowCells(html)).toEqual([
      [
        "UBND thành phố Long Xuyên",
        vi("inspections.planVersion", { number: "05/KH-SKHCN", version: 1 }),
        vi("inspections.kinds.ON_SITE"),
        vi("inspections.statuses.IN_PROGRESS"),
        vi("inspections.progressValue", { done: 12, total: 80 }),
        "3",
        "Nguyễn Văn An, Trần Thị Bình",
      ],
    ]);
    expect(html).toContain('<a href="/kiem-tra/0b7d8a4e-0000-4000-8000-000000000001"');
  });

  it("leaves the plan out within a plan, and says nobody is assigned", () => {
    const [cellsOf] = rowCells(inspectionRowsHtml([row({ assignees: [] })], vi, { showPlan: false }));
    expect(cellsOf).toHaveLength(6);
    expect(cellsOf![5]).toBe(vi("inspections.nobody"));
  });

  it("adds a labelled tick box per row for bulk assignment, disabled once signed off", () => {
    const html = inspectionRowsHtml([row(), row({ id: "signed", status: "SIGNED_OFF" })], vi, {
      showPlan: false,
      selectName: "inspectionIds",
    });
    const boxes = [...html.matchAll(/<input [^>]*>/g)].map(([box]) => box);
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toContain('name="inspectionIds" value="0b7d8a4e-0000-4000-8000-000000000001" form="bulk-assign"');
    expect(boxes[0]).not.toContain("disabled");
    expect(boxes[1]).toContain(" disabled");
    expect(boxes[0]).toContain(
      `aria-label="${vi("inspections.assign.choose", { unit: "UBND thành phố Long Xuyên", kind: vi("inspections.kinds.ON_SITE") })}"`,
    );
  });

  it("escapes every text", () => {
    const html = inspectionRowsHtml(
      [row({ agency: { id: "x", code: "1", name: `<script>alert("x")</script>` } })],
      vi,
      { showPlan: false, selectName: "ids" },
    );
    expect(html).not.toContain("<script>");
    expect(rowCells(html)[0]![1]).toBe(`<script>alert("x")</script>`);
  });
});
