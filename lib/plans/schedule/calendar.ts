import {
  calendarDay,
  formatCalendarDate,
  isoDay,
  monthGrid,
  parseMonth,
  shiftMonth,
  vietnamDay,
  vietnamTime,
} from "@/lib/dates";

type Visit = { id: string; startsAt: Date; endsAt: Date };

export type ScheduleCell<V> = { day: string; dayOfMonth: number; visits: V[] } | null;

/**
 * The month the schedule page shows, as Monday-first weeks with each day's visits (by their day in Viet Nam).
 * `month` (yyyy-MM, from the query) when valid; else the month of the first visit, of the on-site start, or
 * June of the plan's year.
 */
export function scheduleMonth<V extends Visit>(input: {
  visits: V[];
  onSiteStart: Date | null | undefined;
  planYear: number;
  month?: string;
}) {
  const shown = parseMonth(input.month) ?? parseMonth(anchorDay(input).slice(0, 7))!;
  const byDay = new Map<string, V[]>();
  for (const v of input.visits) {
    const day = vietnamDay(v.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), v]);
  }
  const weeks: ScheduleCell<V>[][] = monthGrid(shown.year, shown.month).map((week) =>
    week.map((day) => (day ? { day, dayOfMonth: Number(day.slice(8)), visits: byDay.get(day) ?? [] } : null)),
  );
  return {
    ...shown,
    previous: shiftMonth(shown.year, shown.month, -1),
    next: shiftMonth(shown.year, shown.month, 1),
    weeks,
  };
}

function anchorDay({
  visits,
  onSiteStart,
  planYear,
}: {
  visits: Visit[];
  onSiteStart?: Date | null;
  planYear: number;
}) {
  if (visits[0]) return vietnamDay(visits[0].startsAt);
  if (onSiteStart) return isoDay(onSiteStart); // a calendar date
  return `${planYear}-06-01`;
}

/** A visit as the visit form edits it: its day (dd/MM/yyyy) and hours (HH:mm) in Viet Nam. */
export function visitFormTimes(visit: Visit) {
  return {
    date: formatCalendarDate(calendarDay(vietnamDay(visit.startsAt))),
    start: vietnamTime(visit.startsAt),
    end: vietnamTime(visit.endsAt),
  };
}
