import { describe, expect, it } from "vitest";
import { formatCalendarDate, parseVietnameseDate, todayInVietnam } from "@/lib/dates";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("parseVietnameseDate", () => {
  it.each([
    ["25/02/2021", utc(2021, 2, 25)],
    ["5/2/2021", utc(2021, 2, 5)],
    ["05-02-2021", utc(2021, 2, 5)],
    ["2021-02-25", utc(2021, 2, 25)],
    [" 18/12/2021 ", utc(2021, 12, 18)],
    ["29/02/2024", utc(2024, 2, 29)],
    ["30/06/2025", utc(2025, 6, 30)],
  ])("reads %j as that calendar day at UTC midnight", (text, expected) => {
    expect(parseVietnameseDate(text)?.toISOString()).toBe(expected.toISOString());
  });

  it.each([
    "31/02/2021",
    "29/02/2021",
    "2021-13-01",
    "2021-02-30",
    "00/01/2021",
    "abc",
    "",
    "25/02/21",
    "2021/02/25",
    "25/02/2021 10:00",
    "01/01/1900",
  ])("rejects %j", (text) => {
    expect(parseVietnameseDate(text)).toBeNull();
  });

  it("reads day before month, unlike a US spreadsheet", () => {
    expect(parseVietnameseDate("02/03/2021")?.toISOString().slice(0, 10)).toBe("2021-03-02");
  });
});

describe("formatCalendarDate", () => {
  it("writes dd/MM/yyyy from the UTC calendar day", () => {
    expect(formatCalendarDate(utc(2021, 2, 5))).toBe("05/02/2021");
    expect(formatCalendarDate(utc(2025, 12, 31))).toBe("31/12/2025");
    expect(formatCalendarDate(new Date("2021-02-25T23:59:59Z"))).toBe("25/02/2021");
  });

  it("writes nothing for no date", () => {
    expect(formatCalendarDate(null)).toBe("");
    expect(formatCalendarDate(undefined)).toBe("");
  });

  it("round-trips with parseVietnameseDate", () => {
    for (const text of ["01/01/2000", "25/02/2021", "30/06/2025", "01/07/2025"])
      expect(formatCalendarDate(parseVietnameseDate(text))).toBe(text);
  });
});

describe("todayInVietnam", () => {
  it("turns the day at midnight in UTC+7, not at midnight UTC", () => {
    expect(todayInVietnam(new Date("2021-02-24T16:59:59.999Z")).toISOString()).toBe("2021-02-24T00:00:00.000Z");
    expect(todayInVietnam(new Date("2021-02-24T17:00:00.000Z")).toISOString()).toBe("2021-02-25T00:00:00.000Z");
    expect(todayInVietnam(new Date("2021-02-24T23:30:00Z")).toISOString()).toBe("2021-02-25T00:00:00.000Z");
  });

  it("crosses month and year ends", () => {
    expect(formatCalendarDate(todayInVietnam(new Date("2025-06-30T17:00:00Z")))).toBe("01/07/2025");
    expect(formatCalendarDate(todayInVietnam(new Date("2021-12-31T17:00:00Z")))).toBe("01/01/2022");
    expect(formatCalendarDate(todayInVietnam(new Date("2024-02-28T18:00:00Z")))).toBe("29/02/2024");
  });
});
