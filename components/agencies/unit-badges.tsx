import { endedBadgeClass, unconfirmedBadgeClass } from "@/lib/agencies/registry/rows-html";
import type { Translate } from "@/lib/i18n";
import { formatCalendarDate } from "@/lib/text/dates";

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
