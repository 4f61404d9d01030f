import { describe, expect, it } from "vitest";
import {
  daysLeft,
  digestPreferenceSchema,
  previousMonthKey,
  remindersDue,
  weekBounds,
  weekKey,
} from "@/lib/findings/reminders/schema";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("the reminder window", () => {
  it.each([
    [30, []],
    [15, []],
    [14, ["DUE_IN_14"]],
    [10, ["DUE_IN_14"]],
    [4, ["DUE_IN_14"]],
    [3, ["DUE_IN_3"]],
    [1, ["DUE_IN_3"]],
    [0, ["DUE_IN_3"]],
    [-1, ["OVERDUE"]],
    [-20, ["OVERDUE"]],
    [-29, ["OVERDUE"]],
    [-30, ["OVERDUE", "ESCALATION"]],
    [-400, ["OVERDUE", "ESCALATION"]],
  ])("%i days left: %j", (days, kinds) => {
    expect(remindersDue(days)).toEqual(kinds);
  });

  it("never holds two of the unit's reminders at once, so a late first sweep sends only the current stage", () => {
    for (let days = -500; days <= 60; days += 1) {
      const unit = remindersDue(days).filter((kind) => kind !== "ESCALATION");
      expect(unit.length).toBeLessThanOrEqual(1);
    }
  });

  it("counts whole calendar days to the due date, negative once it has passed", () => {
    expect(daysLeft(utc(2026, 12, 19), utc(2026, 12, 5))).toBe(14);
    expect(daysLeft(utc(2026, 12, 5), utc(2026, 12, 5))).toBe(0);
    expect(daysLeft(utc(2026, 11, 5), utc(2026, 12, 5))).toBe(-30);
    expect(daysLeft(utc(2027, 3, 1), utc(2027, 2, 26))).toBe(3);
  });
});

describe("digest periods", () => {
  it.each([
    ["2026-12-05", "2026-W49"],
    ["2026-11-30", "2026-W49"],
    ["2026-12-07", "2026-W50"],
    ["2026-01-01", "2026-W01"],
    ["2027-01-01", "2026-W53"],
    ["2021-01-03", "2020-W53"],
    ["2024-12-30", "2025-W01"],
  ])("ISO week of %s is %s", (day, key) => {
    expect(weekKey(new Date(`${day}T00:00:00Z`))).toBe(key);
  });

  it("names the month just ended for the monthly summary", () => {
    expect(previousMonthKey(utc(2026, 12, 1))).toBe("2026-11");
    expect(previousMonthKey(utc(2027, 1, 1))).toBe("2026-12");
  });

  it("bounds the week from Monday to Sunday", () => {
    expect(weekBounds(utc(2026, 12, 5))).toEqual({ from: utc(2026, 11, 30), to: utc(2026, 12, 6) });
    expect(weekBounds(utc(2026, 12, 7))).toEqual({ from: utc(2026, 12, 7), to: utc(2026, 12, 13) });
  });

  it("reads the preference form's on and off, and refuses anything else", () => {
    expect(digestPreferenceSchema.parse({ enabled: "off" })).toEqual({ enabled: false });
    expect(digestPreferenceSchema.parse({ enabled: "on" })).toEqual({ enabled: true });
    expect(digestPreferenceSchema.safeParse({ enabled: "yes" }).success).toBe(false);
  });
});
