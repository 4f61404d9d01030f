import type { Translate } from "@/lib/i18n";
import { formatCalendarDate } from "@/lib/text/dates";

/** The looks of the marks (app/globals.css), also for rows written as HTML (agency-rows-html.ts). */
export const unconfirmedBadgeClass = "mark mark-amber";
export const endedBadgeClass = "mark mark-slate";

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
