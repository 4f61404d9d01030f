import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  calendarDay,
  endOfVietnamDay,
  formatCalendarDate,
  formatDate,
  formatDateTime,
  isoDay,
  monthGrid,
  parseMonth,
  parseVietnameseDate,
  parseVietnameseDateTime,
  shiftMonth,
  startOfVietnamDay,
  todayInVietnam,
  vietnamDay,
  vietnamInstant,
  vietnamTime,
} from "@/lib/dates";

const at = (iso: string) => new Date(iso);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("an instant's day and time in Viet Nam", () => {
  it("turns the day at 17:00 UTC, not at midnight UTC", () => {
    expect(vietnamDay(at("2021-02-24T16:59:59.999Z"))).toBe("2021-02-24");
    expect(vietnamDay(at("2021-02-24T17:00:00Z"))).toBe("2021-02-25");
    expect(vietnamTime(at("2021-02-24T16:59:59Z"))).toBe("23:59");
    expect(vietnamTime(at("2021-02-24T17:00:00Z"))).toBe("00:00");
    expect(formatDate(at("2021-12-31T17:00:00Z"))).toBe("01/01/2022");
    expect(formatDateTime(at("2021-06-15T01:00:00Z"))).toBe("08:00 15/06/2021");
  });

  it("reads the zone's history from the tz database (+8 in Saigon in 1970)", () => {
    expect(vietnamTime(at("1970-06-01T00:00:00Z"))).toBe("08:00");
    expect(vietnamInstant("1970-06-01", "08:00")!.toISOString()).toBe("1970-06-01T00:00:00.000Z");
  });
});

describe("instants from a Vietnamese date and time", () => {
  it("reads the date and time as local time in Viet Nam", () => {
    expect(vietnamInstant(utc(2021, 4, 5), "08:00")!.toISOString()).toBe("2021-04-05T01:00:00.000Z");
    expect(vietnamInstant("2021-01-01", "00:30")!.toISOString()).toBe("2020-12-31T17:30:00.000Z");
    expect(parseVietnameseDateTime("19/01/2021 14:05")!.toISOString()).toBe("2021-01-19T07:05:00.000Z");
    expect(parseVietnameseDateTime(" 5/2/2021 7:30 ")!.toISOString()).toBe("2021-02-05T00:30:00.000Z");
  });

  it.each(["31/02/2021 08:00", "19/01/2021 24:00", "19/01/2021 08:60", "19/01/2021", "19/01/2021 8h", ""])(
    "refuses %j",
    (text) => expect(parseVietnameseDateTime(text)).toBeNull(),
  );

  it("refuses a day that does not exist or a malformed time", () => {
    expect(vietnamInstant("2021-02-29", "08:00")).toBeNull();
    expect(vietnamInstant("2021-02-28", "8:00")).toBeNull();
    expect(parseVietnameseDate("31/02/2021")).toBeNull();
    expect(calendarDay("2021-02-31")).toBeNull();
  });

  it("round-trips an instant through its day and time", () => {
    for (const iso of [
      "2021-02-24T16:59:00Z",
      "2021-02-24T17:00:00Z",
      "2024-02-28T18:15:00Z",
      "2025-12-31T23:59:00Z",
    ]) {
      const instant = at(iso);
      expect(vietnamInstant(vietnamDay(instant), vietnamTime(instant))).toEqual(instant);
      const [y, m, d] = vietnamDay(instant).split("-");
      expect(parseVietnameseDateTime(`${d}/${m}/${y} ${vietnamTime(instant)}`)).toEqual(instant);
    }
  });

  it("round-trips a calendar date through dd/MM/yyyy and yyyy-MM-dd", () => {
    for (const iso of ["2000-01-01", "2021-02-28", "2024-02-29", "2025-12-31"]) {
      expect(isoDay(calendarDay(iso)!)).toBe(iso);
      expect(isoDay(parseVietnameseDate(formatCalendarDate(calendarDay(iso)))!)).toBe(iso);
    }
  });
});

describe("a day's bounds in Viet Nam", () => {
  it("starts at 17:00 UTC the day before and ends a millisecond before the next start", () => {
    expect(startOfVietnamDay("2021-02-25").toISOString()).toBe("2021-02-24T17:00:00.000Z");
    expect(startOfVietnamDay(utc(2021, 2, 25)).toISOString()).toBe("2021-02-24T17:00:00.000Z");
    expect(endOfVietnamDay("2021-02-28").toISOString()).toBe("2021-02-28T16:59:59.999Z");
    expect(vietnamDay(endOfVietnamDay("2021-12-31"))).toBe("2021-12-31");
    expect(vietnamDay(new Date(endOfVietnamDay("2021-12-31").getTime() + 1))).toBe("2022-01-01");
  });

  it("gives today as the calendar date in Viet Nam", () => {
    expect(isoDay(todayInVietnam(at("2021-02-24T16:59:59Z")))).toBe("2021-02-24");
    expect(isoDay(todayInVietnam(at("2021-02-24T17:00:00Z")))).toBe("2021-02-25");
  });
});

describe("calendar arithmetic", () => {
  it("adds days across months, years and 29 February", () => {
    expect(isoDay(addDays(utc(2021, 2, 28), 1))).toBe("2021-03-01");
    expect(isoDay(addDays(utc(2024, 2, 28), 1))).toBe("2024-02-29");
    expect(isoDay(addDays(utc(2021, 1, 1), -1))).toBe("2020-12-31");
  });

  it("adds months, keeping to the month's last day", () => {
    expect(isoDay(addMonths(utc(2021, 12, 31), 2))).toBe("2022-02-28");
    expect(isoDay(addMonths(utc(2023, 12, 31), 2))).toBe("2024-02-29");
    expect(isoDay(addMonths(utc(2021, 1, 31), 1))).toBe("2021-02-28");
    expect(isoDay(addMonths(utc(2021, 3, 15), -3))).toBe("2020-12-15");
    expect(isoDay(addMonths(utc(2024, 2, 29), 12))).toBe("2025-02-28");
  });

  it("shifts and reads months", () => {
    expect(shiftMonth(2021, 1, -1)).toBe("2020-12");
    expect(shiftMonth(2021, 12, 1)).toBe("2022-01");
    expect(shiftMonth(2021, 6, 0)).toBe("2021-06");
    expect(parseMonth("2021-06")).toEqual({ year: 2021, month: 6 });
    expect(parseMonth("2021-13")).toBeNull();
    expect(parseMonth("2021-6")).toBeNull();
    expect(parseMonth(undefined)).toBeNull();
  });
});

describe("monthGrid", () => {
  it("lays February 2021 (starting on a Monday) in four full weeks", () => {
    const grid = monthGrid(2021, 2);
    expect(grid).toHaveLength(4);
    expect(grid[0]).toEqual([
      "2021-02-01",
      "2021-02-02",
      "2021-02-03",
      "2021-02-04",
      "2021-02-05",
      "2021-02-06",
      "2021-02-07",
    ]);
    expect(grid[3]![6]).toBe("2021-02-28");
    expect(grid.flat().filter(Boolean)).toHaveLength(28);
  });

  it("puts a month starting on Sunday in the last column of the first week (August 2021: six rows)", () => {
    const grid = monthGrid(2021, 8);
    expect(grid[0]).toEqual([null, null, null, null, null, null, "2021-08-01"]);
    expect(grid).toHaveLength(6);
    expect(grid[5]).toEqual(["2021-08-30", "2021-08-31", null, null, null, null, null]);
  });

  it("has 29 days in February 2024 and every week seven cells", () => {
    const grid = monthGrid(2024, 2);
    expect(grid.flat().filter(Boolean)).toHaveLength(29);
    expect(grid.every((week) => week.length === 7)).toBe(true);
    expect(grid[0]!.indexOf("2024-02-01")).toBe(3); // a Thursday
  });
});

describe("independence of the server's time zone", () => {
  const probe = `
    import(${JSON.stringify(path.resolve(import.meta.dirname, "../../lib/dates/index.ts"))}).then((d) => {
    const instants = ["2021-02-24T16:59:59Z", "2021-02-24T17:00:00Z", "2021-03-28T01:30:00Z", "2021-10-31T00:30:00Z"];
    console.log(JSON.stringify({
      days: instants.map((i) => d.vietnamDay(new Date(i))),
      times: instants.map((i) => d.vietnamTime(new Date(i))),
      dateTimes: instants.map((i) => d.formatDateTime(i)),
      today: d.todayInVietnam(new Date("2021-02-24T17:00:00Z")).toISOString(),
      instant: d.vietnamInstant("2021-03-28", "08:00").toISOString(),
      parsed: d.parseVietnameseDateTime("31/10/2021 02:30").toISOString(),
      start: d.startOfVietnamDay("2021-03-28").toISOString(),
      calendar: d.formatCalendarDate(d.parseVietnameseDate("31/12/2021")),
      grid: d.monthGrid(2021, 8)[0],
      local: new Date(2021, 6, 1).getTimezoneOffset(),
    }));
    });
  `;
  const run = (tz: string) => {
    const tsx = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
    const result = spawnSync(tsx, ["--eval", probe], { env: { ...process.env, TZ: tz }, encoding: "utf8" });
    if (result.status !== 0) throw new Error(result.stderr);
    return JSON.parse(result.stdout) as Record<string, unknown>;
  };

  it("gives the same answers with TZ set to UTC, Europe/London (summer time), Los Angeles and Kiritimati", () => {
    const answers = ["UTC", "Europe/London", "America/Los_Angeles", "Pacific/Kiritimati"].map(run);
    // The processes really ran in different zones…
    expect(new Set(answers.map((a) => a.local)).size).toBe(4);
    // …and agree with each other on everything Vietnamese.
    const without = answers.map(({ local: _, ...rest }) => rest);
    for (const other of without.slice(1)) expect(other).toEqual(without[0]);
    expect(without[0]).toMatchObject({
      days: ["2021-02-24", "2021-02-25", "2021-03-28", "2021-10-31"],
      times: ["23:59", "00:00", "08:30", "07:30"],
      today: "2021-02-25T00:00:00.000Z",
      instant: "2021-03-28T01:00:00.000Z",
      parsed: "2021-10-30T19:30:00.000Z",
      start: "2021-03-27T17:00:00.000Z",
      calendar: "31/12/2021",
    });
  }, 30_000);
});
