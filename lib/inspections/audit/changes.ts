import { formatCalendarDate } from "@/lib/text/dates";

const show = (v: unknown) =>
  v instanceof Date ? formatCalendarDate(v) : v === null || v === undefined ? "" : String(v);

/** The fields whose value differs, as { field: { from, to } } for the audit log (dates as dd/MM/yyyy). */
export function changesOf(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { from: string; to: string }> {
  return Object.fromEntries(
    Object.keys(after)
      .filter((k) => show(before[k]) !== show(after[k]))
      .map((k) => [k, { from: show(before[k]), to: show(after[k]) }]),
  );
}
