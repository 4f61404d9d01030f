import { describe, expect, it } from "vitest";
import { scheduleMonth, visitFormTimes } from "@/lib/plans/schedule/calendar";

const visit = (id: string, startsAt: string, endsAt: string) => ({
  id,
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
});

describe("scheduleMonth", () => {
  const visits = [
    visit("v1", "2021-04-04T17:30:00Z", "2021-04-04T20:00:00Z"), // 00:30 on Monday 05/04 in Viet Nam
    visit("v2", "2021-04-05T01:00:00Z", "2021-04-05T04:00:00Z"),
    visit("v3", "2021-04-30T16:59:00Z", "2021-04-30T16:59:30Z"), // 23:59 on 30/04
  ];

  it("shows the first visit's month and puts visits on their day in Viet Nam", () => {
    const month = scheduleMonth({ visits, onSiteStart: null, planYear: 2021 });
    expect(month).toMatchObject({ year: 2021, month: 4, previous: "2021-03", next: "2021-05" });
    const cells = month.weeks.flat().filter((c) => c !== null);
    expect(cells).toHaveLength(30);
    expect(cells.find((c) => c.day === "2021-04-05")!.visits.map((v) => v.id)).toEqual(["v1", "v2"]);
    expect(cells.find((c) => c.day === "2021-04-04")!.visits).toEqual([]);
    expect(cells.find((c) => c.day === "2021-04-30")!.visits.map((v) => v.id)).toEqual(["v3"]);
    expect(month.weeks[0]![3]).toMatchObject({ day: "2021-04-01", dayOfMonth: 1 }); // a Thursday
  });

  it("takes the month asked for, else the on-site start, else June of the plan's year", () => {
    expect(scheduleMonth({ visits, onSiteStart: null, planYear: 2021, month: "2022-01" })).toMatchObject({
      year: 2022,
      month: 1,
      previous: "2021-12",
    });
    expect(scheduleMonth({ visits, onSiteStart: null, planYear: 2021, month: "2021-13" }).month).toBe(4);
    const start = new Date(Date.UTC(2021, 7, 1)); // a calendar date: 01/08/2021
    expect(scheduleMonth({ visits: [], onSiteStart: start, planYear: 2021 }).month).toBe(8);
    expect(scheduleMonth({ visits: [], onSiteStart: null, planYear: 2026 })).toMatchObject({ year: 2026, month: 6 });
  });
});

describe("visitFormTimes", () => {
  it("gives the visit's day and hours in Viet Nam", () => {
    expect(visitFormTimes(visit("v", "2021-04-04T17:30:00Z", "2021-04-05T04:00:00Z"))).toEqual({
      date: "05/04/2021",
      start: "00:30",
      end: "11:00",
    });
  });
});
