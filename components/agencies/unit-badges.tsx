import type { Translate } from "@/lib/i18n";
import { formatCalendarDate } from "@/lib/text/dates";

/** The looks of the marks, also for rows written as HTML (agency-rows-html.ts). */
export const unconfirmedBadgeClass =
  "ml-2 inline-block rounded bg-amber-100 px-2 text-xs font-semibold text-amber-900 ring-1 ring-amber-700";
export const endedBadgeClass = "ml-2 inline-block rounded bg-slate-200 px-2 text-xs font-semibold text-slate-800";

/** "chưa xác minh" and "ended" marks shown beside a unit's name. */
export function UnitBadges({ confirmed, validTo, t }: { confirmed: boolean; validTo: Date | null; t: Translate }) {
  return (
    <>
      {!confirmed ? <span className={unconfirmedBadgeClass}>{t("agencies.unconfirmed")}</span> : null}
      {validTo ? (
        <span className={endedBadgeClass}>{t("agencies.ended", { date: formatCalendarDate(validTo) })}</span>
      ) : null}
    </>
  );
}
