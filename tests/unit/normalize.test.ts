import { describe, expect, it } from "vitest";
import { cleanText, foldForSearch, maxSearchWords, searchWords, toNfc } from "@/lib/text/normalize";

describe("foldForSearch", () => {
  it("drops diacritics and lower-cases", () => {
    expect(foldForSearch("Long Xuyên")).toBe("long xuyen");
    expect(foldForSearch("UBND Thị trấn Núi Sập")).toBe("ubnd thi tran nui sap");
  });

  it("folds old and new tone-mark placement the same way", () => {
    expect(foldForSearch("Mỹ Hoà")).toBe(foldForSearch("Mỹ Hòa"));
    expect(foldForSearch("Mỹ Hoà")).toBe("my hoa");
  });

  it("maps đ and Đ to d", () => {
    expect(foldForSearch("Đông Xuyên")).toBe("dong xuyen");
    expect(foldForSearch("Phường Đông Xuyên, đường số 1")).toBe("phuong dong xuyen, duong so 1");
  });

  it("gives the same result for combining (NFD) and precomposed input", () => {
    const precomposed = "Châu Đốc";
    const combining = precomposed.normalize("NFD");
    expect(combining).not.toBe(precomposed);
    expect(foldForSearch(combining)).toBe(foldForSearch(precomposed));
  });

  it("collapses and trims white space", () => {
    expect(foldForSearch("  Tân \t Châu \n ")).toBe("tan chau");
  });
});

describe("searchWords", () => {
  it("gives the folded words of a search, none for an empty one", () => {
    expect(searchWords("  Xã  Mỹ Hoà ")).toEqual(["xa", "my", "hoa"]);
    expect(searchWords("")).toEqual([]);
    expect(searchWords("   ")).toEqual([]);
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords(null)).toEqual([]);
  });

  it("looks for the first eight words only", () => {
    const words = Array.from({ length: 12 }, (_, i) => `tu${i}`);
    expect(maxSearchWords).toBe(8);
    expect(searchWords(words.join(" "))).toEqual(words.slice(0, 8));
  });
});

describe("cleanText and toNfc", () => {
  it("store combining input as its precomposed form", () => {
    const precomposed = "Thoại Sơn";
    const combining = precomposed.normalize("NFD");
    expect(combining.length).toBeGreaterThan(precomposed.length);
    expect(toNfc(combining)).toBe(precomposed);
    expect(cleanText(combining)).toBe(precomposed);
  });

  it("cleanText trims and collapses inner white space", () => {
    expect(cleanText("  Nguyễn   Văn\t\tAn \n")).toBe("Nguyễn Văn An");
  });
});
