import { describe, expect, it } from "vitest";
import {
  blankDateWords,
  dateWords,
  fileSlug,
  formatNumber,
  formatPercent,
  listMarker,
  numberLine,
  placeDateLine,
  romanNumeral,
  timeWords,
  upper,
} from "@/lib/official/format";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("dateWords (Decree 30: a leading zero for days 1–9 and for months 1 and 2)", () => {
  it.each([
    [utc(2021, 1, 19), "ngày 19 tháng 01 năm 2021"],
    [utc(2021, 2, 5), "ngày 05 tháng 02 năm 2021"],
    [utc(2021, 2, 25), "ngày 25 tháng 02 năm 2021"],
    [utc(2021, 3, 9), "ngày 09 tháng 3 năm 2021"],
    [utc(2021, 10, 1), "ngày 01 tháng 10 năm 2021"],
    [utc(2021, 12, 18), "ngày 18 tháng 12 năm 2021"],
  ])("writes %s as %j", (date, expected) => {
    expect(dateWords(date)).toBe(expected);
  });

  it("reads an instant in Viet Nam's time zone (23:30 UTC on 31/12 is 01/01 in An Giang)", () => {
    expect(dateWords(new Date("2021-12-31T23:30:00Z"))).toBe("ngày 01 tháng 01 năm 2022");
  });
});

describe("place-and-date line", () => {
  it("writes the place and the date", () => {
    expect(placeDateLine("An Giang", utc(2021, 1, 19), 2021)).toBe("An Giang, ngày 19 tháng 01 năm 2021");
  });
  it("leaves the day and month blank to be written in by hand, keeping the year", () => {
    expect(blankDateWords(2021)).toBe("ngày     tháng     năm 2021");
    expect(placeDateLine("An Giang", null, 2022)).toBe("An Giang, ngày     tháng     năm 2022");
  });
});

describe("numberLine", () => {
  it("writes a number", () => {
    expect(numberLine("05/KH-SKHCN", "KH-SKHCN")).toBe("Số: 05/KH-SKHCN");
  });
  it("leaves the number blank before the suffix", () => {
    expect(numberLine(null, "KH-SKHCN")).toBe("Số:     /KH-SKHCN");
  });
});

describe("timeWords", () => {
  it("writes the time in Viet Nam", () => {
    expect(timeWords(new Date("2021-08-23T01:30:00Z"))).toBe("08 giờ 30 phút");
    expect(timeWords(new Date("2021-08-23T09:05:00Z"))).toBe("16 giờ 05 phút");
  });
  it("leaves a blank when unknown", () => {
    expect(timeWords(null)).toMatch(/^\s+giờ\s+phút$/);
  });
});

describe("numbers in Vietnamese style", () => {
  it.each([
    [0, 0, "0"],
    [197, 0, "197"],
    [1234, 0, "1.234"],
    [1234567, 0, "1.234.567"],
    [12.5, 1, "12,5"],
    [83.333, 1, "83,3"],
    [0.05, 1, "0,1"],
    [-1234.5, 1, "-1.234,5"],
    [-0.01, 1, "0,0"],
  ])("formatNumber(%d, %d) = %j", (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });
  it("writes percentages with a comma and no space", () => {
    expect(formatPercent(0.125)).toBe("12,5%");
    expect(formatPercent(14 / 41)).toBe("34,1%");
    expect(formatPercent(1, 0)).toBe("100%");
  });
});

describe("listMarker", () => {
  it("writes dashes, numbers and Vietnamese legal letters (đ after d; no f)", () => {
    expect(listMarker("-", 3)).toBe("-");
    expect([0, 1, 9].map((i) => listMarker("number", i))).toEqual(["1.", "2.", "10."]);
    expect([0, 3, 4, 5, 6].map((i) => listMarker("letter", i))).toEqual(["a)", "d)", "đ)", "e)", "g)"]);
    expect(listMarker("letter", 23)).toBe("aa)");
  });
});

describe("romanNumeral", () => {
  it.each([
    [1, "I"],
    [4, "IV"],
    [5, "V"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
    [2021, "MMXXI"],
  ])("%d is %s", (n, expected) => {
    expect(romanNumeral(n)).toBe(expected);
  });
  it("refuses what has no numeral", () => {
    expect(() => romanNumeral(0)).toThrow(RangeError);
    expect(() => romanNumeral(1.5)).toThrow(RangeError);
  });
});

describe("upper and fileSlug", () => {
  it("capitalises Vietnamese letters with their marks", () => {
    expect(upper("biên bản kiểm tra")).toBe("BIÊN BẢN KIỂM TRA");
    expect(upper("sở khoa học và công nghệ")).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
  });
  it("makes an ASCII file name from a Vietnamese title", () => {
    expect(fileSlug("Biên bản kiểm tra — Sở Tư pháp")).toBe("bien-ban-kiem-tra-so-tu-phap");
    expect(fileSlug("Đoàn kiểm tra")).toBe("doan-kiem-tra");
  });
});
