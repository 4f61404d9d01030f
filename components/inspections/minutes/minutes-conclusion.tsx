import type { Translate } from "@/lib/i18n";
import type { InspectionMinutes } from "@/lib/inspections/loaders";
import { MinutesSection } from "./minutes-section";

/** The conclusion, the corrective-action duty (TT26 Art. 37), the copies clause and the two signature blocks. */
export function MinutesConclusion({ minutes, t }: { minutes: InspectionMinutes; t: Translate }) {
  const texts = (["strengths", "shortcomings", "recommendations"] as const).filter((k) => minutes[k].trim());
  return (
    <>
      <MinutesSection title={t("inspectionRecord.conclusion.title")}>
        <p>
          <span className="font-semibold">{t("inspectionRecord.conclusion.overallResult")}: </span>
          {minutes.overallResult ? (
            <strong>{t(`inspectionRecord.conclusion.overall.${minutes.overallResult}`)}</strong>
          ) : (
            <span className="italic">{t("inspectionRecord.conclusion.notConcluded")}</span>
          )}
        </p>
        {texts.map((k) => (
          <div key={k}>
            <h3 className="font-semibold">{t(`inspectionRecord.conclusion.${k}`)}</h3>
            <p className="whitespace-pre-line">{minutes[k]}</p>
          </div>
        ))}
        {minutes.findings.length ? <p>{t("inspectionRecord.conclusion.corrective")}</p> : null}
        <p className="italic">{t("inspectionRecord.copies")}</p>
      </MinutesSection>
      <div className="grid grid-cols-2 gap-8 pt-4 text-center print:break-inside-avoid">
        <div>
          <p className="font-bold">{t("inspectionRecord.signatures.agency")}</p>
          <p className="text-sm italic">{t("inspectionRecord.signatures.agencyHint")}</p>
          <p className="mt-20 font-semibold">{minutes.representativeName ?? ""}</p>
          {minutes.representativeTitle ? <p className="text-sm">{minutes.representativeTitle}</p> : null}
        </div>
        <div>
          <p className="font-bold">{t("inspectionRecord.signatures.lead")}</p>
          <p className="text-sm italic">{t("inspectionRecord.signatures.leadHint")}</p>
          <p className="mt-20 font-semibold">{minutes.lead?.name ?? ""}</p>
        </div>
      </div>
    </>
  );
}
