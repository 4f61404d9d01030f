/*
 * When a deadline reminder is due, and the keys of the digests' periods. Pure: the sweep's SQL
 * (mutations.ts) is built from the same windows, and the unit tests read them here.
 */
import { z } from "zod";
import { addDays, isoDay } from "@/lib/dates";

export const reminderKinds = ["DUE_IN_14", "DUE_IN_3", "OVERDUE", "ESCALATION"] as const;
export type ReminderKindValue = (typeof reminderKinds)[number];

/** Reminders to the unit's officers; ESCALATION goes to DOST staff. */
export const unitReminderKinds = ["DUE_IN_14", "DUE_IN_3", "OVERDUE"] as const satisfies readonly ReminderKindValue[];

/**
 * The window of each reminder in days left until the due date (negative: days overdue), bounds included;
 * `min` null: no lower bound. A sweep sends a reminder when the finding's days left fall in its window and
 * it was not sent for that due date yet. The unit's three windows do not overlap, so a sweep that starts
 * late (or misses days) sends only the reminder of the stage the finding is in now, never a burst of stale
 * ones: 10 days before the due date it is DUE_IN_14 ("due in 10 days"), 2 days before only DUE_IN_3, and
 * 20 days after only OVERDUE. OVERDUE and ESCALATION have no lower bound: a finding found late still tells
 * its unit once, and DOST once, however late it is.
 */
export const reminderWindows: Record<ReminderKindValue, { min: number | null; max: number }> = {
  DUE_IN_14: { min: 4, max: 14 },
  DUE_IN_3: { min: 0, max: 3 },
  OVERDUE: { min: null, max: -1 },
  ESCALATION: { min: null, max: -30 },
};

const dayMs = 86_400_000;

/** Whole days from `today` to the due date (both calendar dates, UTC midnight); negative when overdue. */
export function daysLeft(dueDate: Date, today: Date): number {
  return Math.round((dueDate.getTime() - today.getTime()) / dayMs);
}

/** The reminders whose window holds `days` days left (at most one of the unit's, plus ESCALATION). */
export function remindersDue(days: number): ReminderKindValue[] {
  return reminderKinds.filter((kind) => {
    const { min, max } = reminderWindows[kind];
    return days <= max && (min === null || days >= min);
  });
}

/** ISO 8601 week of a calendar date, e.g. 2026-W49 (the weekly digest's period). */
export function weekKey(day: Date): string {
  // The week belongs to the year of its Thursday.
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0
  const thursday = addDays(day, 3 - weekday);
  const year = thursday.getUTCFullYear();
  const week = Math.floor(daysLeft(thursday, new Date(Date.UTC(year, 0, 1))) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The month before a calendar date, e.g. 2026-11 on 01/12/2026 (the monthly summary reports the month just ended). */
export function previousMonthKey(day: Date): string {
  return isoDay(new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - 1, 1))).slice(0, 7);
}

/** The monday of a date's ISO week and the sunday after it: "due this week" in the weekly digest. */
export function weekBounds(day: Date): { from: Date; to: Date } {
  const from = addDays(day, -((day.getUTCDay() + 6) % 7));
  return { from, to: addDays(from, 6) };
}

/** The digest preference form: a user turns their own weekly or monthly digests on or off. */
export const digestPreferenceSchema = z.object({
  enabled: z.enum(["on", "off"]).transform((value) => value === "on"),
});
