import { describe, expect, it } from "vitest";
import { isOverdue } from "@/lib/findings/deadlines/overdue";
import { findingListHref, findingListQuerySchema } from "@/lib/findings/schema";

const day = (d: number) => new Date(Date.UTC(2021, 6, d));

describe("isOverdue", () => {
  it.each([
    ["OPEN", "MINOR", day(9), true],
    ["OPEN", "MAJOR", day(9), true],
    ["OPEN", "MINOR", day(10), false],
    ["OPEN", "MINOR", day(11), false],
    ["OPEN", "MINOR", null, false],
    ["CLOSED", "MAJOR", day(1), false],
    // A recommendation has no corrective-action deadline (TT26 Đ37 speaks of nonconformities): never overdue.
    ["OPEN", "RECOMMENDATION", day(1), false],
  ] as const)("%s %s due %o on 10/07/2021: %s", (status, severity, dueDate, expected) => {
    expect(isOverdue({ status, severity, dueDate }, day(10))).toBe(expected);
  });
});

describe("findingListQuerySchema and findingListHref", () => {
  it("keeps valid filters and round-trips them through the URL", () => {
    const plan = "5b0e8a52-3f1c-4d7e-9a2b-0c1d2e3f4a5b";
    const query = findingListQuerySchema.parse({
      plan,
      q: "  long xuyen ",
      severity: "MINOR",
      status: "OPEN",
      overdue: "yes",
      page: "2",
    });
    expect(query).toEqual({ plan, q: "long xuyen", severity: "MINOR", status: "OPEN", overdue: "yes", page: 2 });
    const href = findingListHref(query);
    expect(href).toBe(`/phat-hien?plan=${plan}&q=long+xuyen&severity=MINOR&status=OPEN&overdue=yes&page=2`);
    expect(findingListQuerySchema.parse(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(query);
  });

  it("keeps one inspection's filter through the URL, and drops a malformed one", () => {
    const inspection = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    expect(findingListHref({ inspection })).toBe(`/phat-hien?inspection=${inspection}`);
    expect(findingListQuerySchema.parse({ inspection })).toEqual({ inspection, page: 1 });
    expect(findingListQuerySchema.parse({ inspection: "abc" })).toEqual({ page: 1 });
  });

  it("drops malformed values and leaves page 1 and empty filters out of the URL", () => {
    expect(
      findingListQuerySchema.parse({ plan: "1; DROP", severity: "SEVERE", status: "x", overdue: "no", page: "0" }),
    ).toEqual({ page: 1 });
    expect(findingListHref({ page: 1, q: "" })).toBe("/phat-hien");
  });
});
