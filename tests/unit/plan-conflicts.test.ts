import { describe, expect, it } from "vitest";
import { vietnamDay } from "@/lib/dates";
import { scheduleConflicts, type VisitForConflicts } from "@/lib/plans/schedule/conflicts";

const lan = { id: "m-lan", name: "Nguyễn Thị Lan" };
const hung = { id: "m-hung", name: "Trần Văn Hùng" };

function visit(
  id: string,
  targetId: string,
  startsAt: string,
  members: { id: string; name: string }[],
): VisitForConflicts {
  return { id, targetId, agencyName: `UBND ${targetId}`, startsAt: new Date(startsAt), members };
}

describe("vietnamDay", () => {
  it("is the calendar day at UTC+7", () => {
    expect(vietnamDay(new Date("2021-06-15T02:00:00Z"))).toBe("2021-06-15");
    expect(vietnamDay(new Date("2021-06-14T17:00:00Z"))).toBe("2021-06-15");
    expect(vietnamDay(new Date("2021-06-14T16:59:59Z"))).toBe("2021-06-14");
  });
});

describe("scheduleConflicts", () => {
  it("flags an inspector with two visits on the same day", () => {
    const visits = [
      visit("v1", "t1", "2021-06-15T01:00:00Z", [lan, hung]),
      visit("v2", "t2", "2021-06-15T07:00:00Z", [lan]),
    ];
    expect(scheduleConflicts(visits)).toEqual([
      { kind: "inspectorDoubleBooked", memberName: "Nguyễn Thị Lan", day: "2021-06-15", visitIds: ["v1", "v2"] },
    ]);
  });

  it("uses the Viet Nam day: instants on different UTC days can be the same day in Viet Nam", () => {
    // 07:30 and 23:30 on 16/06 in Viet Nam; the first is still 15/06 in UTC.
    const visits = [
      visit("v1", "t1", "2021-06-16T00:30:00Z", [hung]),
      visit("v2", "t2", "2021-06-16T16:30:00Z", [hung]),
    ];
    expect(scheduleConflicts(visits)).toEqual([
      { kind: "inspectorDoubleBooked", memberName: "Trần Văn Hùng", day: "2021-06-16", visitIds: ["v1", "v2"] },
    ]);
    // …and instants on the same UTC day can be different days in Viet Nam.
    const apart = [
      visit("v1", "t1", "2021-06-16T16:00:00Z", [hung]),
      visit("v2", "t2", "2021-06-16T18:00:00Z", [hung]),
    ];
    expect(scheduleConflicts(apart)).toEqual([]);
  });

  it("flags a unit visited twice, whatever the days", () => {
    const visits = [
      visit("v1", "t1", "2021-06-15T02:00:00Z", [lan]),
      visit("v2", "t1", "2021-07-20T02:00:00Z", [hung]),
    ];
    expect(scheduleConflicts(visits)).toEqual([
      { kind: "unitVisitedTwice", agencyName: "UBND t1", visitIds: ["v1", "v2"] },
    ]);
  });

  it("finds nothing when each inspector has one visit a day and each unit one visit", () => {
    const visits = [
      visit("v1", "t1", "2021-06-15T02:00:00Z", [lan, hung]),
      visit("v2", "t2", "2021-06-16T02:00:00Z", [lan, hung]),
      visit("v3", "t3", "2021-06-17T02:00:00Z", []),
    ];
    expect(scheduleConflicts(visits)).toEqual([]);
    expect(scheduleConflicts([])).toEqual([]);
  });

  it("reports each double booking once per inspector and day", () => {
    const visits = [
      visit("v1", "t1", "2021-06-15T01:00:00Z", [lan, hung]),
      visit("v2", "t2", "2021-06-15T03:00:00Z", [lan, hung]),
      visit("v3", "t3", "2021-06-15T07:00:00Z", [lan]),
    ];
    expect(scheduleConflicts(visits)).toEqual([
      { kind: "inspectorDoubleBooked", memberName: "Nguyễn Thị Lan", day: "2021-06-15", visitIds: ["v1", "v2", "v3"] },
      { kind: "inspectorDoubleBooked", memberName: "Trần Văn Hùng", day: "2021-06-15", visitIds: ["v1", "v2"] },
    ]);
  });
});
