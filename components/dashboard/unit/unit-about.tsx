import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { UnitDashboard } from "@/lib/dashboard/unit/loaders";
import { unitDashboardHref } from "@/lib/dashboard/unit/links";
import type { Locale, Translate } from "@/lib/i18n";
import { formatCalendarDate } from "@/lib/text/dates";
import { RowTh } from "./cells";

const link = "font-semibold text-blue-800 underline";

/** The unit as the registry has it, its successors when it has ended, and its predecessors (the lineage). */
export function UnitAbout({ dashboard, locale, t }: { dashboard: UnitDashboard; locale: Locale; t: Translate }) {
  const { unit, predecessors } = dashboard;
  return (
    <>
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

      <Card title={t("dashboard.unit.lineage.title")}>
        {predecessors.length ? (
          <div className="space-y-3">
            <p className="text-sm text-slate-700">{t("dashboard.unit.lineage.note")}</p>
            <Table caption={t("dashboard.unit.lineage.caption", { name: unit.name })}>
              <thead>
                <tr>
                  <Th>{t("dashboard.unit.lineage.unit")}</Th>
                  <Th>{t("dashboard.unit.lineage.into")}</Th>
                  <Th>{t("dashboard.unit.lineage.effective")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {predecessors.map((p) => (
                  <tr key={p.agencyId}>
                    <RowTh>{p.name}</RowTh>
                    <Td>
                      {p.successorName} ({t(`dashboard.unit.lineage.kinds.${p.split ? "SPLIT" : p.kind}`)})
                    </Td>
                    <Td className="tabular-nums">{formatCalendarDate(p.effectiveDate)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        ) : (
          <p className="text-sm text-slate-700">{t("dashboard.unit.lineage.none")}</p>
        )}
      </Card>
    </>
  );
}
