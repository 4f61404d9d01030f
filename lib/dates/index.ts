/**
 * Dates and times in Viet Nam, in one place. Two kinds of value travel through the app:
 * - an instant (a visit's start, a sign-off): a `Date` read and written in the province's time zone here;
 * - a calendar date (a decision's date, a due date): a `Date` at UTC midnight of that day, as Postgres DATE
 *   columns give it back, or its "yyyy-MM-dd" string (`IsoDay`).
 * The offset of Asia/Ho_Chi_Minh is always asked of `Intl` (tz database), never written by hand: it was not
 * always +7 (e.g. +8 in the South until 1975), and nothing here should assume it stays so.
 * Browser-safe: no server-only import.
 */
import { calendarDay, isoDay } from "./calendar";

export * from "./calendar";

export const timeZone = "Asia/Ho_Chi_Minh";

/** A calendar day written yyyy-MM-dd. */
export type IsoDay = string;

const wallClock = new Intl.DateTimeFormat("en-US", {
  timeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** What a clock on a wall in An Giang showed at `instant`. */
function wallClockAt(instant: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const p of wallClock.formatToParts(instant)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The calendar day in Viet Nam of an instant, as yyyy-MM-dd. */
export function vietnamDay(instant: Date): IsoDay {
  const c = wallClockAt(instant);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

/** The time of day in Viet Nam of an instant, as HH:mm (24-hour). */
export function vietnamTime(instant: Date): string {
  const c = wallClockAt(instant);
  return `${pad(c.hour)}:${pad(c.minute)}`;
}

/** Today in Viet Nam as a calendar date (UTC midnight). */
export function todayInVietnam(now = new Date()): Date {
  return calendarDay(vietnamDay(now))!;
}

/**
 * The instant a clock in Viet Nam shows `time` (HH:mm, or HH:mm:ss) on a calendar date (a UTC-midnight Date
 * or yyyy-MM-dd). The zone's offset is read from Intl at the guess and corrected once more, which also
 * settles a day on which the offset changed. Null for a malformed date or time.
 */
export function vietnamInstant(day: Date | IsoDay, time = "00:00"): Date | null {
  const iso = typeof day === "string" ? day : isoDay(day);
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const t = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(time);
  if (!d || !t || !calendarDay(iso)) return null;
  const wanted = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), Number(t[3] ?? 0));
  let instant = wanted;
  for (let i = 0; i < 2; i++) {
    const c = wallClockAt(new Date(instant));
    const shown = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
    instant += wanted - shown;
  }
  return new Date(instant);
}

/** The first instant of a calendar day in Viet Nam. */
export function startOfVietnamDay(day: Date | IsoDay): Date {
  return vietnamInstant(day)!;
}

/** The last millisecond of a calendar day in Viet Nam (for `lte` filters; prefer `lt` the next day's start). */
export function endOfVietnamDay(day: Date | IsoDay): Date {
  const next = calendarDay(typeof day === "string" ? day : isoDay(day))!;
  next.setUTCDate(next.getUTCDate() + 1);
  return new Date(startOfVietnamDay(next).getTime() - 1);
}

/**
 * Dates as Vietnamese offices write them: dd/MM/yyyy (also d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy and ISO yyyy-MM-dd
 * from date inputs and spreadsheets), as a calendar date (UTC midnight). Null for a day that does not exist
 * (31/02/2021) or a year outside 1945–2100.
 */
export function parseVietnameseDate(value: string): Date | null {
  const text = value.trim();
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) return checkedDay(Number(match[3]), Number(match[2]), Number(match[1]));
  if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)))
    return checkedDay(Number(match[1]), Number(match[2]), Number(match[3]));
  return null;
}

function checkedDay(year: number, month: number, day: number): Date | null {
  if (year < 1945 || year > 2100) return null;
  return calendarDay(`${pad(year, 4)}-${pad(month)}-${pad(day)}`);
}

/** "dd/MM/yyyy HH:mm" (the date as parseVietnameseDate reads it) as the instant it names in Viet Nam. */
export function parseVietnameseDateTime(value: string): Date | null {
  const match = /^(.+?)\s+(\d{1,2}):(\d{2})$/.exec(value.trim());
  const day = match && parseVietnameseDate(match[1]!);
  return day ? vietnamInstant(day, `${pad(Number(match![2]))}:${match![3]}`) : null;
}

/** A calendar date (UTC midnight) as dd/MM/yyyy; empty for none. */
export function formatCalendarDate(date: Date | null | undefined): string {
  if (!date) return "";
  const [y, m, d] = isoDay(date).split("-");
  return `${d}/${m}/${y}`;
}

const asDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);

/** An instant as dd/MM/yyyy, the day it was in Viet Nam; empty for none. */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "";
  const [y, m, d] = vietnamDay(asDate(value)).split("-");
  return `${d}/${m}/${y}`;
}

/** An instant as "HH:mm dd/MM/yyyy" in Viet Nam; empty for none. */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return "";
  const date = asDate(value);
  return `${vietnamTime(date)} ${formatDate(date)}`;
}
