import type { Translate } from "@/lib/i18n";
import type { InspectionMinutes } from "@/lib/inspections/loaders";
import { formatCalendarDate } from "@/lib/text/dates";
import { MinutesSection, minutesCell, minutesHead, minutesTable } from "./minutes-section";

/** The basis (plan, approval, team decision), place and date, form and standard, the team and the unit's representative. */
export function MinutesParties({ minutes, t }: { minutes: InspectionMinutes; t: Translate }) {
  const { plan } = minutes;
  const notRecorded = <span className="italic">{t("inspectionRecord.notRecorded")}</span>;
  return (
    <>
      <MinutesSection title={t("inspectionRecord.basis.title")}>
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
          <dd>{minutes.agency.name}</dd>
          <dt className="font-semibold">{t("inspectionRecord.place")}</dt>
          <dd>
            {t(minutes.kind === "ON_SITE" ? "inspectionRecord.placeOnSite" : "inspectionRecord.placeDossier", {
              unit: minutes.agency.name,
            })}
          </dd>
          <dt className="font-semibold">{t("inspectionRecord.recordDate")}</dt>
          <dd>{minutes.recordDate ? formatCalendarDate(minutes.recordDate) : notRecorded}</dd>
          <dt className="font-semibold">{t("inspectionRecord.kind")}</dt>
          <dd>{t(`inspectionRecord.kinds.${minutes.kind}`)}</dd>
          <dt className="font-semibold">{t("inspectionRecord.standard")}</dt>
          <dd>{t(`standardVersion.${minutes.standardVersion}`)}</dd>
        </dl>
      </MinutesSection>

      <MinutesSection title={t("inspectionRecord.team.title")}>
        {minutes.team.length ? (
          <table className={minutesTable}>
            <caption className="sr-only">{t("inspectionRecord.team.title")}</caption>
            <thead>
              <tr>
                <th scope="col" className={minutesHead}>
                  {t("inspectionRecord.team.name")}
                </th>
                <th scope="col" className={minutesHead}>
                  {t("inspectionRecord.team.role")}
                </th>
                <th scope="col" className={minutesHead}>
                  {t("inspectionRecord.team.agency")}
                </th>
              </tr>
            </thead>
            <tbody>
              {minutes.team.map((m) => (
                <tr key={m.id}>
                  <td className={minutesCell}>{m.name}</td>
                  <td className={minutesCell}>{t(`plans.team.roles.${m.role}`)}</td>
                  <td className={minutesCell}>{m.agencyName ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t("inspectionRecord.team.empty")}</p>
        )}
      </MinutesSection>

      <MinutesSection title={t("inspectionRecord.representative.title")}>
        <dl className="grid grid-cols-[minmax(10rem,auto)_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t("inspectionRecord.representative.name")}</dt>
          <dd>{minutes.representativeName || notRecorded}</dd>
          <dt className="font-semibold">{t("inspectionRecord.representative.position")}</dt>
          <dd>{minutes.representativeTitle || notRecorded}</dd>
        </dl>
      </MinutesSection>
    </>
  );
}
