/**
 * Calendar dates without a time zone: a `Date` at UTC midnight of the day (as Postgres DATE columns give it)
 * or its yyyy-MM-dd string. Arithmetic here moves whole days and months, so no offset ever enters it.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The yyyy-MM-dd of a calendar date (a UTC-midnight Date). */
export function isoDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** yyyy-MM-dd as a calendar date (UTC midnight); null when malformed or not a day of the calendar (2021-02-31). */
export function calendarDay(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC reads years 0–99 as 1900–1999
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** A calendar date `days` later (earlier when negative). */
export function addDays(date: Date, days: number): Date {
  const next = new Date(date.getTime());
  next.setUTCDate(next.getUTCDate() + days);
  return next;
}

/**
 * A calendar date `months` later (earlier when negative), on the same day of the month, or on the month's
 * last day when it has no such day: 31/12 + 2 months is 28/02 (29/02 in a leap year), not 03/03.
 */
export function addMonths(date: Date, months: number): Date {
  const target = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const [year, month] = [Math.floor(target / 12), ((target % 12) + 12) % 12];
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const next = new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), last)));
  next.setUTCFullYear(year);
  return next;
}

/** A month as yyyy-MM. */
export type IsoMonth = string;

/** The month `delta` months from year/month (1–12), as yyyy-MM. */
export function shiftMonth(year: number, month: number, delta: number): IsoMonth {
  const target = year * 12 + (month - 1) + delta;
  return `${pad(Math.floor(target / 12), 4)}-${pad((target % 12) + 1)}`;
}

/** yyyy-MM as { year, month } (1–12); null when malformed. */
export function parseMonth(value: string | null | undefined): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? "");
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return null;
  return { year: Number(match[1]), month: Number(match[2]) };
}

/**
 * The weeks of a month as a wall calendar prints them in Viet Nam, Monday first: rows of seven yyyy-MM-dd
 * days, null where a cell falls outside the month.
 */
export function monthGrid(year: number, month: number): (string | null)[][] {
  const first = calendarDay(`${pad(year, 4)}-${pad(month)}-01`);
  if (!first) throw new RangeError(`no such month: ${year}-${month}`);
  const cells: (string | null)[] = Array((first.getUTCDay() + 6) % 7).fill(null);
  for (let day = first; day.getUTCMonth() === month - 1; day = addDays(day, 1)) cells.push(isoDay(day));
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}
