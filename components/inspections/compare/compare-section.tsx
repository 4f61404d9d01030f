import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Locale, Translate } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import type { InspectionComparison } from "@/lib/inspections/loaders";
import type { CompareRow } from "@/lib/inspections/compare/rows";
import { formatCalendarDate } from "@/lib/text/dates";
import { CompareGroups } from "./compare-groups";
import { CompareTable } from "./compare-table";

const year = (standard: string) => standard.slice(-4);

function Summary({ rows, t }: { rows: CompareRow[]; t: Translate }) {
  const n = (change: CompareRow["change"]) => rows.filter((r) => r.change === change).length;
  const [improved, worse, same] = [n("IMPROVED"), n("WORSE"), n("SAME")];
  return (
    <p className="text-sm font-semibold">
      {t("inspectionCompare.summary", { improved, worse, same, other: rows.length - improved - worse - same })}
    </p>
  );
}

/**
 * "So sánh với lần kiểm tra trước": the unit's previous signed-off inspection beside this one, ISO clauses
 * (through the crosswalk when the versions differ) and Decision 19 items; a one-line note when there is none.
 */
export function CompareSection({
  comparison,
  t,
  locale,
}: {
  comparison: InspectionComparison;
  t: Translate;
  locale: Locale;
}) {
  const { previous, lineup } = comparison;
  if (!previous || !lineup) {
    return (
      <Card title={t("inspectionCompare.title")}>
        <p className="text-sm">{t("inspectionCompare.none")}</p>
      </Card>
    );
  }
  // The record date is a calendar date; the sign-off an instant, shown in the province's time zone.
  const date = previous.recordDate ? formatCalendarDate(previous.recordDate) : formatDate(previous.signedOffAt);
  const { iso, decision19 } = lineup;
  const title = !iso
    ? t("inspectionCompare.titleDated", { date })
    : iso.crosswalked
      ? t("inspectionCompare.titleCrosswalk", {
          date,
          from: year(iso.previous.standard),
          to: year(iso.current.standard),
        })
      : t("inspectionCompare.titleSameVersion", { date, version: year(iso.current.standard) });
  return (
    <Card
      title={title}
      action={
        <Link className="text-sm text-blue-800 underline" href={`/kiem-tra/${previous.id}/ket-luan`}>
          {t("inspectionCompare.openPrevious")}
        </Link>
      }
    >
      <div className="space-y-4">
        <p className="text-sm">
          {t("inspectionCompare.previous", {
            kind: t(`inspections.kinds.${previous.kind}`),
            plan: previous.plan.number,
            year: previous.plan.year,
          })}
        </p>
        {iso ? (
          <section className="space-y-3">
            <p className="text-sm text-slate-700">
              {iso.crosswalked ? t("inspectionCompare.crosswalkNote") : t("inspectionCompare.sameVersionNote")}{" "}
              {t("inspectionCompare.weakestNote")}{" "}
              {iso.crosswalked ? (
                <Link className="text-blue-800 underline" href="/bang-kiem/doi-chieu">
                  {t("inspectionCompare.crosswalkLink")}
                </Link>
              ) : null}
            </p>
            <Summary rows={iso.rows} t={t} />
            <CompareTable
              caption={t("inspectionCompare.isoCaption", { version: year(iso.current.standard) })}
              rows={iso.rows}
              byCode={false}
              crosswalked={iso.crosswalked}
              t={t}
              locale={locale}
            />
            {iso.unmatched.length ? (
              <p className="text-sm">
                {t("inspectionCompare.unmatched", { list: iso.unmatched.map((i) => i.clause).join(", ") })}
              </p>
            ) : null}
            <h3 className="text-base font-semibold">{t("inspectionCompare.groupsTitle")}</h3>
            <CompareGroups previous={iso.previous} current={iso.current} t={t} locale={locale} />
          </section>
        ) : null}
        {decision19.length ? (
          <section className="space-y-3">
            <h3 className="text-base font-semibold">{t("inspectionCompare.decision19Caption")}</h3>
            <Summary rows={decision19} t={t} />
            <CompareTable
              caption={t("inspectionCompare.decision19Caption")}
              rows={decision19}
              byCode
              crosswalked={false}
              t={t}
              locale={locale}
            />
          </section>
        ) : null}
      </div>
    </Card>
  );
}
