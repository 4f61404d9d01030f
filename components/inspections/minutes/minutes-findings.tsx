import Link from "next/link";
import { SeverityBadge } from "@/components/findings/severity-badge";
import type { Translate } from "@/lib/i18n";
import type { InspectionMinutes } from "@/lib/inspections/loaders";
import { formatCalendarDate } from "@/lib/text/dates";
import { minutesCell, minutesHead, minutesTable } from "./minutes-section";

/** The findings of the minutes in their order, each with what the unit must do and by when. */
export function MinutesFindings({ findings, t }: { findings: InspectionMinutes["findings"]; t: Translate }) {
  if (!findings.length) return <p>{t("inspectionRecord.findings.empty")}</p>;
  return (
    <table className={minutesTable}>
      <caption className="sr-only">{t("inspectionRecord.findings.title")}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${minutesHead} w-12`}>
            {t("inspectionRecord.findings.number")}
          </th>
          <th scope="col" className={minutesHead}>
            {t("inspectionRecord.findings.clause")}
          </th>
          <th scope="col" className={minutesHead}>
            {t("inspectionRecord.findings.legalBasis")}
          </th>
          <th scope="col" className={minutesHead}>
            {t("inspectionRecord.findings.severity")}
          </th>
          <th scope="col" className={minutesHead}>
            {t("inspectionRecord.findings.description")}
          </th>
          <th scope="col" className={minutesHead}>
            {t("inspectionRecord.findings.requiredAction")}
          </th>
          <th scope="col" className={minutesHead}>
            {t("inspectionRecord.findings.dueDate")}
          </th>
        </tr>
      </thead>
      <tbody>
        {findings.map((f) => (
          <tr key={f.id} className="print:break-inside-avoid">
            <td className={`${minutesCell} tabular-nums`}>
              <Link href={`/phat-hien/${f.id}`} className="text-blue-800 underline print:text-black print:no-underline">
                {f.number}
              </Link>
            </td>
            <td className={minutesCell}>
              {f.clause}
              {f.repeatOfYear !== null ? (
                <span className="block font-semibold">
                  {t("inspectionRecord.findings.repeat", { year: f.repeatOfYear })}
                </span>
              ) : null}
            </td>
            <td className={minutesCell}>{f.legalBasis || "—"}</td>
            <td className={minutesCell}>
              <SeverityBadge severity={f.severity} label={t(`findings.severities.${f.severity}`)} />
            </td>
            <td className={`${minutesCell} whitespace-pre-line`}>{f.description}</td>
            <td className={`${minutesCell} whitespace-pre-line`}>{f.requiredAction}</td>
            <td className={`${minutesCell} whitespace-nowrap tabular-nums`}>
              {f.dueDate ? formatCalendarDate(f.dueDate) : "—"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
