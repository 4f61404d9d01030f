import Link from "next/link";
import { SeverityBadge } from "@/components/findings/severity-badge";
import type { Translate } from "@/lib/i18n";
import type { InspectionRecord } from "@/lib/inspections/record";
import { formatCalendarDate } from "@/lib/text/dates";
import { recordCell, recordHead, recordTable } from "./record-section";

/** The record's findings in their order, each with what the unit must do and by when. */
export function RecordFindings({ findings, t }: { findings: InspectionRecord["findings"]; t: Translate }) {
  if (!findings.length) return <p>{t("inspectionRecord.findings.empty")}</p>;
  return (
    <table className={recordTable}>
      <caption className="sr-only">{t("inspectionRecord.findings.title")}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${recordHead} w-12`}>
            {t("inspectionRecord.findings.number")}
          </th>
          <th scope="col" className={recordHead}>
            {t("inspectionRecord.findings.clause")}
          </th>
          <th scope="col" className={recordHead}>
            {t("inspectionRecord.findings.legalBasis")}
          </th>
          <th scope="col" className={recordHead}>
            {t("inspectionRecord.findings.severity")}
          </th>
          <th scope="col" className={recordHead}>
            {t("inspectionRecord.findings.description")}
          </th>
          <th scope="col" className={recordHead}>
            {t("inspectionRecord.findings.requiredAction")}
          </th>
          <th scope="col" className={recordHead}>
            {t("inspectionRecord.findings.dueDate")}
          </th>
        </tr>
      </thead>
      <tbody>
        {findings.map((f) => (
          <tr key={f.id} className="print:break-inside-avoid">
            <td className={`${recordCell} tabular-nums`}>
              <Link href={`/phat-hien/${f.id}`} className="text-blue-800 underline print:text-black print:no-underline">
                {f.number}
              </Link>
            </td>
            <td className={recordCell}>{f.clause}</td>
            <td className={recordCell}>{f.legalBasis || "—"}</td>
            <td className={recordCell}>
              <SeverityBadge severity={f.severity} label={t(`findings.severities.${f.severity}`)} />
            </td>
            <td className={`${recordCell} whitespace-pre-line`}>{f.description}</td>
            <td className={`${recordCell} whitespace-pre-line`}>{f.requiredAction}</td>
            <td className={`${recordCell} whitespace-nowrap tabular-nums`}>
              {f.dueDate ? formatCalendarDate(f.dueDate) : "—"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
