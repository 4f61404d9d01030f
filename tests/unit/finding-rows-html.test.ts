import { describe, expect, it } from "vitest";
import { findingRowsHtml } from "@/components/findings/finding-rows-html";
import type { FindingListItem } from "@/lib/findings/loaders";
import { createTranslator } from "@/lib/i18n";
import { rowCells } from "@/tests/support/html-cells";

const vi = createTranslator("vi");
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const today = day(2021, 6, 15);

const finding = (overrides: Partial<FindingListItem> = {}): FindingListItem =>
  ({
    id: "7a1b2c3d-0000-4000-8000-000000000001",
    number: 3,
    clause: "8.5.2",
    severity: "MINOR",
    description: "Chưa lưu hồ sơ theo dõi sự không phù hợp",
    dueDate: day(2021, 6, 1),
    status: "OPEN",
    repeatOfId: null,
    agency: { id: "7a1b2c3d-0000-4000-8000-000000000002", name: "UBND thành phố Long Xuyên" },
    inspection: {
      id: "7a1b2c3d-0000-4000-8000-000000000003",
      kind: "ON_SITE",
      recordDate: day(2021, 5, 20),
      plan: { id: "7a1b2c3d-0000-4000-8000-000000000004", number: "05/KH-SKHCN", year: 2021 },
    },
    ...overrides,
  }) as FindingListItem;

describe("findings as HTML rows", () => {
  it("writes unit, inspection link, numbered link, clause, severity, excerpt, due date marked overdue, status", () => {
    const html = findingRowsHtml([finding()], today, vi);
    expect(rowCells(html)).toEqual([
      [
        "UBND thành phố Long Xuyên",
        vi("findings.inspectionLink", { plan: "05/KH-SKHCN", kind: vi("findings.kinds.ON_SITE") }),
        "3",
        "8.5.2",
        vi("findings.severities.MINOR"),
        "Chưa lưu hồ sơ theo dõi sự không phù hợp",
        `01/06/2021${vi("findings.overdue")}`,
        vi("findings.statuses.OPEN"),
      ],
    ]);
    expect(html).toContain('<a href="/kiem-tra/7a1b2c3d-0000-4000-8000-000000000003/bien-ban"');
    expect(html).toContain(
      `<a href="/phat-hien/7a1b2c3d-0000-4000-8000-000000000001" class="font-semibold text-blue-800 underline" aria-label="${vi("findings.detail.title", { number: 3, unit: "UBND thành phố Long Xuyên" })}">3</a>`,
    );
  });

  it("marks a repeat, cuts a long description, and says when there is no deadline or no due date yet", () => {
    const rows = rowCells(
      findingRowsHtml(
        [
          finding({ repeatOfId: "earlier", description: "x".repeat(200), dueDate: day(2021, 7, 1) }),
          finding({ severity: "RECOMMENDATION", dueDate: null }),
          finding({ dueDate: null }),
        ],
        today,
        vi,
      ),
    );
    expect(rows[0]![2]).toBe(`3${vi("corrective.repeat")}`);
    expect(rows[0]![5]).toBe(`${"x".repeat(140)}…`);
    expect(rows[0]![6]).toBe("01/07/2021");
    expect(rows[1]![6]).toBe(vi("findings.noDeadline"));
    expect(rows[2]![6]).toBe(vi("findings.noDueDate"));
  });

  it("escapes every text", () => {
    const html = findingRowsHtml([finding({ description: `<img src=x onerror=alert(1)>`, clause: "<b>" })], today, vi);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(rowCells(html)[0]!.slice(3, 6)).toEqual([
      "<b>",
      vi("findings.severities.MINOR"),
      "<img src=x onerror=alert(1)>",
    ]);
  });
});
