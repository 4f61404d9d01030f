import type { Translate } from "@/lib/i18n";
import type { InspectionRecord } from "@/lib/inspections/record";
import { formatCalendarDate } from "@/lib/text/dates";
import { RecordSection, recordCell, recordHead, recordTable } from "./record-section";

/** The basis (plan, approval, team decision), place and date, form and standard, the team and the unit's representative. */
export function RecordParties({ record, t }: { record: InspectionRecord; t: Translate }) {
  const { plan } = record;
  const notRecorded = <span className="italic">{t("inspectionRecord.notRecorded")}</span>;
  return (
    <>
      <RecordSection title={t("inspectionRecord.basis.title")}>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            {t("inspectionRecord.basis.plan", { number: plan.number, date: formatCalendarDate(plan.issuedOn) })}
            {", "}
            {plan.approvalNumber
              ? t("inspectionRecord.basis.approval", {
                  number: plan.approvalNumber,
                  date: formatCalendarDate(plan.approvalDate),
                })
              : t("inspectionRecord.basis.notApproved")}
          </li>
          <li>
            {plan.teamDecisionNumber
              ? t("inspectionRecord.basis.teamDecision", {
                  number: plan.teamDecisionNumber,
                  date: formatCalendarDate(plan.teamDecisionDate),
                })
              : t("inspectionRecord.basis.noTeamDecision")}
          </li>
        </ul>
        <dl className="mt-3 grid grid-cols-[minmax(10rem,auto)_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t("inspectionRecord.unit")}</dt>
          <dd>{record.agency.name}</dd>
          <dt className="font-semibold">{t("inspectionRecord.place")}</dt>
          <dd>
            {t(record.kind === "ON_SITE" ? "inspectionRecord.placeOnSite" : "inspectionRecord.placeDossier", {
              unit: record.agency.name,
            })}
          </dd>
          <dt className="font-semibold">{t("inspectionRecord.recordDate")}</dt>
          <dd>{record.recordDate ? formatCalendarDate(record.recordDate) : notRecorded}</dd>
          <dt className="font-semibold">{t("inspectionRecord.kind")}</dt>
          <dd>{t(`inspectionRecord.kinds.${record.kind}`)}</dd>
          <dt className="font-semibold">{t("inspectionRecord.standard")}</dt>
          <dd>{t(`standardVersion.${record.standardVersion}`)}</dd>
        </dl>
      </RecordSection>

      <RecordSection title={t("inspectionRecord.team.title")}>
        {record.team.length ? (
          <table className={recordTable}>
            <caption className="sr-only">{t("inspectionRecord.team.title")}</caption>
            <thead>
              <tr>
                <th scope="col" className={recordHead}>
                  {t("inspectionRecord.team.name")}
                </th>
                <th scope="col" className={recordHead}>
                  {t("inspectionRecord.team.role")}
                </th>
                <th scope="col" className={recordHead}>
                  {t("inspectionRecord.team.agency")}
                </th>
              </tr>
            </thead>
            <tbody>
              {record.team.map((m) => (
                <tr key={m.id}>
                  <td className={recordCell}>{m.name}</td>
                  <td className={recordCell}>{t(`plans.team.roles.${m.role}`)}</td>
                  <td className={recordCell}>{m.agencyName ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t("inspectionRecord.team.empty")}</p>
        )}
      </RecordSection>

      <RecordSection title={t("inspectionRecord.representative.title")}>
        <dl className="grid grid-cols-[minmax(10rem,auto)_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t("inspectionRecord.representative.name")}</dt>
          <dd>{record.representativeName || notRecorded}</dd>
          <dt className="font-semibold">{t("inspectionRecord.representative.position")}</dt>
          <dd>{record.representativeTitle || notRecorded}</dd>
        </dl>
      </RecordSection>
    </>
  );
}
