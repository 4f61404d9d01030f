import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { UnitDashboard } from "@/lib/dashboard/unit/loaders";
import { unitDashboardHref } from "@/lib/dashboard/unit/links";
import type { Locale, Translate } from "@/lib/i18n";
import { formatCalendarDate } from "@/lib/text/dates";

const link = "font-semibold text-blue-800 underline";

/** The unit as the registry has it, and its successors when it has ended (its predecessors: their own table). */
export function UnitAbout({ dashboard, locale, t }: { dashboard: UnitDashboard; locale: Locale; t: Translate }) {
  const { unit } = dashboard;
  return (
    <Card
      title={t("dashboard.unit.about.title")}
      action={
        <Link className="text-sm font-medium text-blue-800 underline" href={`/co-quan/${unit.id}`}>
          {t("dashboard.unit.about.registry")}
        </Link>
      }
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="font-semibold">{t("dashboard.unit.about.code")}</dt>
        <dd>{unit.code}</dd>
        <dt className="font-semibold">{t("dashboard.unit.about.kind")}</dt>
        <dd>{locale === "vi" ? unit.kind.nameVi : unit.kind.nameEn}</dd>
        {unit.parent ? (
          <>
            <dt className="font-semibold">{t("dashboard.unit.about.parent")}</dt>
            <dd>{unit.parent.name}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("dashboard.unit.about.standard")}</dt>
        <dd>{t(`standardVersion.${unit.standardVersion}`)}</dd>
        <dt className="font-semibold">{t("dashboard.unit.about.announcement")}</dt>
        <dd>
          {unit.announcementNumber
            ? t("dashboard.unit.about.announcementValue", {
                number: unit.announcementNumber,
                date: formatCalendarDate(unit.announcementDate),
              })
            : t("dashboard.unit.about.none")}
        </dd>
      </dl>
      {unit.validTo ? (
        <div className="mt-4 space-y-2 text-sm">
          <p>{t("dashboard.unit.about.ended", { date: formatCalendarDate(unit.validTo) })}</p>
          {unit.successors.length ? (
            <p>
              {t("dashboard.unit.about.successors")}:{" "}
              {unit.successors.map((s, i) => (
                <span key={s.successor.id}>
                  {i ? ", " : ""}
                  <Link className={link} href={unitDashboardHref(s.successor.id)}>
                    {s.successor.name}
                  </Link>
                </span>
              ))}
            </p>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
