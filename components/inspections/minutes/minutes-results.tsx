import { groupLabel } from "@/components/inspections/score-panel";
import type { Locale, Translate } from "@/lib/i18n";
import type { InspectionMinutes } from "@/lib/inspections/loaders";
import { minutesCell, minutesHead, minutesTable } from "./minutes-section";

const resultTone: Record<string, string> = {
  MINOR_NC: "font-semibold text-amber-900",
  MAJOR_NC: "font-semibold text-red-800",
};

/** Every checklist item with its result and note, grouped as the score groups them (standard, then clause group). */
export function MinutesResults({ minutes, t, locale }: { minutes: InspectionMinutes; t: Translate; locale: Locale }) {
  if (!minutes.items.length) return <p>{t("inspectionRecord.results.empty")}</p>;
  const groups = minutes.score.groups.map((g) => ({
    ...g,
    items: minutes.items.filter((i) => i.standard === g.standard && i.group === g.group),
  }));
  return (
    <table className={minutesTable}>
      <caption className="sr-only">{t("inspectionRecord.results.title")}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${minutesHead} w-20`}>
            {t("inspectionRecord.results.code")}
          </th>
          <th scope="col" className={`${minutesHead} w-32`}>
            {t("inspectionRecord.results.clause")}
          </th>
          <th scope="col" className={minutesHead}>
            {t("inspectionRecord.results.content")}
          </th>
          <th scope="col" className={`${minutesHead} w-36`}>
            {t("inspectionRecord.results.result")}
          </th>
          <th scope="col" className={minutesHead}>
            {t("inspectionRecord.results.note")}
          </th>
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={`${group.standard}-${group.group}`}>
          <tr>
            <th scope="rowgroup" colSpan={5} className={`${minutesHead} bg-slate-200`}>
              {groupLabel(t, group)}
            </th>
          </tr>
          {group.items.map((item) => (
            <tr key={item.id} className="print:break-inside-avoid">
              <td className={`${minutesCell} whitespace-nowrap`}>{item.code}</td>
              <td className={minutesCell}>{item.clause}</td>
              <td className={minutesCell}>{locale === "vi" ? item.titleVi : item.titleEn}</td>
              <td className={`${minutesCell} ${item.result ? (resultTone[item.result] ?? "") : "italic"}`}>
                {item.result
                  ? t(`inspectionRecord.results.labels.${item.result}`)
                  : t("inspectionRecord.results.unassessed")}
              </td>
              <td className={`${minutesCell} whitespace-pre-line`}>{item.note}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
