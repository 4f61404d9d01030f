import { describe, expect, it } from "vitest";
import { agencyListHref } from "@/lib/agencies/registry/query-string";
import { queryHref } from "@/lib/query-string";

describe("queryHref (every list page's links)", () => {
  it("leaves out empty values and page 1, keeps the rest in order, and encodes them", () => {
    expect(queryHref("/ho-so", { q: "", plan: undefined, status: null, page: 1 })).toBe("/ho-so");
    expect(queryHref("/kiem-tra", { q: "long xuyên", kind: "ON_SITE", page: 2 })).toBe(
      "/kiem-tra?q=long+xuy%C3%AAn&kind=ON_SITE&page=2",
    );
  });

  it("serves the registry's list and its export under one set of filters", () => {
    expect(agencyListHref({ q: "my hoa", page: 1 })).toBe("/co-quan?q=my+hoa");
    expect(agencyListHref({ q: "my hoa", format: "xlsx" }, "/api/co-quan/xuat")).toBe(
      "/api/co-quan/xuat?q=my+hoa&format=xlsx",
    );
  });
});
