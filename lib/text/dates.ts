/**
 * Dates as Vietnamese offices write them: dd/MM/yyyy (also d/M/yyyy, dd-MM-yyyy and ISO yyyy-MM-dd from
 * date inputs and spreadsheets). A calendar date is kept as UTC midnight, as Postgres DATE columns are.
 */
export function parseVietnameseDate(value: string): Date | null {
  const text = value.trim();
  let day: number, month: number, year: number;
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)))
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 1945 || year > 2100) return null;
  return date;
}

/** A calendar date (UTC midnight) as dd/MM/yyyy. */
export function formatCalendarDate(date: Date | null | undefined): string {
  if (!date) return "";
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** Today in Viet Nam as a calendar date. */
export function todayInVietnam(now = new Date()): Date {
  const local = new Date(now.getTime() + 7 * 3600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}
