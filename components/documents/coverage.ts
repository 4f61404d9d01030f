import { formatCalendarDate } from "@/lib/text/dates";

/** What a version covers, as written on the screens: "01/01/2021 – 31/12/2021", or its effective date. */
export function coverage(v: { periodFrom: Date | null; periodTo: Date | null; effectiveDate: Date | null }): string {
  const period =
    v.periodFrom && v.periodTo ? `${formatCalendarDate(v.periodFrom)} – ${formatCalendarDate(v.periodTo)}` : "";
  const effective = v.effectiveDate ? formatCalendarDate(v.effectiveDate) : "";
  return [effective, period].filter(Boolean).join("; ") || "—";
}
