import type { Translate } from "@/lib/i18n";
import type { InspectionMinutes } from "@/lib/inspections/loaders";
import { formatCalendarDate } from "@/lib/text/dates";
import { minutesCell, minutesHead, minutesTable } from "./minutes-section";

/** The earlier inspections' findings followed up at this inspection, and what the team decided on each. */
export function MinutesFollowUps({ followUps, t }: { followUps: InspectionMinutes["followUps"]; t: Translate }) {
  return (
    <table className={minutesTable}>
      <caption className="sr-only">{t("inspections.followUp.minutesTitle")}</caption>
      <thead>
        <tr>
          <th scope="col" className={minutesHead}>
            {t("inspectionRecord.findings.number")}
          </th>
          <th scope="col" className={minutesHead}>
            {t("inspectionRecord.findings.clause")}
          </th>
          <th scope="col" className={minutesHead}>
            {t("inspectionRecord.findings.description")}
          </th>
          <th scope="col" className={minutesHead}>
            {t("inspectionRecord.findings.dueDate")}
          </th>
          <th scope="col" className={minutesHead}>
            {t("inspections.followUp.outcome")}
          </th>
        </tr>
      </thead>
      <tbody>
        {followUps.map((f) => (
          <tr key={f.id} className="print:break-inside-avoid">
            <td className={minutesCell}>
              {t("inspections.followUp.finding", {
                number: f.finding.number,
                year: f.finding.year,
                plan: f.finding.plan,
              })}
            </td>
            <td className={minutesCell}>{f.finding.clause}</td>
            <td className={`${minutesCell} whitespace-pre-line`}>{f.finding.description}</td>
            <td className={`${minutesCell} whitespace-nowrap tabular-nums`}>
              {f.finding.dueDate ? formatCalendarDate(f.finding.dueDate) : "—"}
            </td>
            <td className={`${minutesCell} whitespace-pre-line`}>
              {t(`inspections.followUp.outcomes.${f.outcome}`)}
              {f.note ? `\n${f.note}` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
