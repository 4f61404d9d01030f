/*
 * The queue's clock. Every job asks it for the time instead of `new Date()`, so that a test (or an operator
 * replaying a missed day) can move time: setClock(() => new Date("2027-02-20T01:00:00Z")). One per process.
 */
import { calendarDay, todayInVietnam, vietnamInstant } from "@/lib/dates";

const holder = globalThis as unknown as { __qmsJobClock?: () => Date };

/** Sets the clock (a function, so that it may run on); null puts the real clock back. */
export function setClock(now: (() => Date) | null): void {
  holder.__qmsJobClock = now ?? undefined;
}

/** The instant now, by the queue's clock. */
export function now(): Date {
  return holder.__qmsJobClock?.() ?? new Date();
}

/** Today in Viet Nam (a calendar date, UTC midnight), by the queue's clock; `given` (yyyy-MM-dd) wins when valid. */
export function today(given?: string | null): Date {
  return (given ? calendarDay(given) : null) ?? todayInVietnam(now());
}

/** 07:00 in Viet Nam on a calendar date: when the daily jobs run (tests set the clock to it). */
export function vietnamMorning(day: Date): Date {
  return vietnamInstant(day, "07:00")!;
}
