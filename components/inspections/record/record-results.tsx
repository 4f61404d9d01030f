import { groupLabel } from "@/components/inspections/score-panel";
import type { Locale, Translate } from "@/lib/i18n";
import type { InspectionRecord } from "@/lib/inspections/record";
import { recordCell, recordHead, recordTable } from "./record-section";

const resultTone: Record<string, string> = {
  MINOR_NC: "font-semibold text-amber-900",
  MAJOR_NC: "font-semibold text-red-800",
};

/** Every checklist item with its result and note, grouped as the score groups them (standard, then clause group). */
export function RecordResults({ record, t, locale }: { record: InspectionRecord; t: Translate; locale: Locale }) {
  if (!record.items.length) return <p>{t("inspectionRecord.results.empty")}</p>;
  const groups = record.score.groups.map((g) => ({
    ...g,
    items: record.items.filter((i) => i.standard === g.standard && i.group === g.group),
  }));
  return (
    <table className={recordTable}>
      <caption className="sr-only">{t("inspectionRecord.results.title")}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${recordHead} w-20`}>
            {t("inspectionRecord.results.code")}
          </th>
          <th scope="col" className={`${recordHead} w-32`}>
            {t("inspectionRecord.results.clause")}
          </th>
          <th scope="col" className={recordHead}>
            {t("inspectionRecord.results.content")}
          </th>
          <th scope="col" className={`${recordHead} w-36`}>
            {t("inspectionRecord.results.result")}
          </th>
          <th scope="col" className={recordHead}>
            {t("inspectionRecord.results.note")}
          </th>
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={`${group.standard}-${group.group}`}>
          <tr>
            <th scope="rowgroup" colSpan={5} className={`${recordHead} bg-slate-200`}>
              {groupLabel(t, group)}
            </th>
          </tr>
          {group.items.map((item) => (
            <tr key={item.id} className="print:break-inside-avoid">
              <td className={`${recordCell} whitespace-nowrap`}>{item.code}</td>
              <td className={recordCell}>{item.clause}</td>
              <td className={recordCell}>{locale === "vi" ? item.titleVi : item.titleEn}</td>
              <td className={`${recordCell} ${item.result ? (resultTone[item.result] ?? "") : "italic"}`}>
                {item.result
                  ? t(`inspectionRecord.results.labels.${item.result}`)
                  : t("inspectionRecord.results.unassessed")}
              </td>
              <td className={`${recordCell} whitespace-pre-line`}>{item.note}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
