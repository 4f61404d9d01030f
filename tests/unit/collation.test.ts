import { describe, expect, it } from "vitest";
import { compareVietnamese, vietnameseSortKey } from "@/lib/text/collation";

const sorted = (names: string[]) => [...names].sort(compareVietnamese);
/** Each name sorts strictly before the next, whatever order the input came in. */
function expectOrder(expected: string[]) {
  for (let i = 1; i < expected.length; i++)
    expect(compareVietnamese(expected[i - 1]!, expected[i]!), `${expected[i - 1]} < ${expected[i]}`).toBe(-1);
  expect(sorted([...expected].reverse())).toEqual(expected);
}

describe("compareVietnamese: letters", () => {
  it("orders a < ă < â < b", () => expectOrder(["Am", "Ăm", "Âm", "Bm"]));
  it("orders d < đ < e < ê < g", () => expectOrder(["Da", "Đa", "Ea", "Êa", "Ga"]));
  it("orders o < ô < ơ < p and u < ư < v", () => {
    expectOrder(["Mo", "Mô", "Mơ", "Mp"]);
    expectOrder(["Tu", "Tư", "Tv"]);
  });
  it("puts đ after every d-word, however it continues", () => expectOrder(["Dzũng", "Đa Phước"]));
  it("ignores letter case", () => {
    expect(compareVietnamese("mỹ hòa", "Mỹ Hòa")).toBe(0);
    expect(compareVietnamese("đông", "Đông")).toBe(0);
  });
});

describe("compareVietnamese: tones", () => {
  it("compares letters first and tones only between equal letters", () => {
    expectOrder(["Bà Rịa", "Ba Tri"]); // b,a,r… < b,a,t… although huyền > ngang
    expectOrder(["Mỹ Hoa", "Mỹ Hòa", "Mỹ Hỏa", "Mỹ Hõa", "Mỹ Hóa", "Mỹ Họa"]);
  });

  it("ranks a syllable's tone the same wherever the mark sits (old hoà, new hòa)", () => {
    expect(compareVietnamese("Mỹ Hoà", "Mỹ Hòa")).toBe(0);
    expect(compareVietnamese("Mỹ Hoá", "Mỹ Hóa")).toBe(0);
    expect(sorted(["Mỹ Hóa", "Mỹ Hoá", "Mỹ Hoà", "Mỹ Hoa", "Mỹ Hòa"])).toEqual([
      "Mỹ Hoa",
      "Mỹ Hoà",
      "Mỹ Hòa",
      "Mỹ Hóa",
      "Mỹ Hoá",
    ]);
    // ngang < huyền < sắc, whichever vowel carries the mark
    expectOrder(["Thoai", "Thoài", "Thoái"]);
    expect(compareVietnamese("Mỹ Hoá", "Mỹ Hòa")).toBe(1);
  });
});

describe("compareVietnamese: prefixes, spacing and normalisation", () => {
  it("puts a shorter prefix first", () => {
    expectOrder(["Mỹ Hoa", "Mỹ Hoa Hưng"]);
    expectOrder(["Mỹ Hòa", "Mỹ Hoa Hưng"]); // letters decide before the tone of the shorter name
    expectOrder(["An", "An Phú"]);
  });

  it("ignores surrounding and repeated white space", () => {
    expect(vietnameseSortKey("  Mỹ   Hòa ")).toBe(vietnameseSortKey("Mỹ Hòa"));
  });

  it("gives combining (NFD) input the key of its precomposed form", () => {
    for (const name of ["Mỹ Hòa Hưng", "Đông Xuyên", "Ơ Môn", "Ấp Ưu"]) {
      expect(name.normalize("NFD")).not.toBe(name);
      expect(vietnameseSortKey(name.normalize("NFD"))).toBe(vietnameseSortKey(name));
    }
    expect(
      sorted(["Cô Tô".normalize("NFD"), "Chợ Mới", "Ba Chúc".normalize("NFD")]).map((n) => n.normalize("NFC")),
    ).toEqual(["Ba Chúc", "Chợ Mới", "Cô Tô"]);
  });

  it("sorts digits before letters and other characters after them", () => {
    expectOrder(["Khóm 1", "Khóm 2", "Khóm A", "Khóm Z", "Khóm ~"]);
  });
});

describe("sorting An Giang names", () => {
  it("gives the order of an official list", () => {
    expect(sorted(["Đông Xuyên", "Châu Phú", "An Phú", "Ba Chúc", "Chợ Mới", "Cô Tô"])).toEqual([
      "An Phú",
      "Ba Chúc",
      "Châu Phú",
      "Chợ Mới",
      "Cô Tô",
      "Đông Xuyên",
    ]);
  });

  it("differs from code-point order where Vietnamese letters sort among the Latin ones", () => {
    const names = ["Vĩnh Tế", "Ưu Đàm", "Ô Long Vỹ", "Phú Hòa", "Ấp Bắc", "Bình Đức", "Óc Eo", "Ơ Rô"];
    expect(sorted(names)).toEqual(["Ấp Bắc", "Bình Đức", "Óc Eo", "Ô Long Vỹ", "Ơ Rô", "Phú Hòa", "Ưu Đàm", "Vĩnh Tế"]);
    expect([...names].sort()).not.toEqual(sorted(names));
  });
});
