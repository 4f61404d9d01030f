import type { Translate } from "@/lib/i18n";
import type { InspectionRecord } from "@/lib/inspections/record";
import { RecordSection } from "./record-section";

/** The conclusion, the corrective-action duty (TT26 Art. 37), the copies clause and the two signature blocks. */
export function RecordConclusion({ record, t }: { record: InspectionRecord; t: Translate }) {
  const texts = (["strengths", "shortcomings", "recommendations"] as const).filter((k) => record[k].trim());
  return (
    <>
      <RecordSection title={t("inspectionRecord.conclusion.title")}>
        <p>
          <span className="font-semibold">{t("inspectionRecord.conclusion.overallResult")}: </span>
          {record.overallResult ? (
            <strong>{t(`inspectionRecord.conclusion.overall.${record.overallResult}`)}</strong>
          ) : (
            <span className="italic">{t("inspectionRecord.conclusion.notConcluded")}</span>
          )}
        </p>
        {texts.map((k) => (
          <div key={k}>
            <h3 className="font-semibold">{t(`inspectionRecord.conclusion.${k}`)}</h3>
            <p className="whitespace-pre-line">{record[k]}</p>
          </div>
        ))}
        {record.findings.length ? <p>{t("inspectionRecord.conclusion.corrective")}</p> : null}
        <p className="italic">{t("inspectionRecord.copies")}</p>
      </RecordSection>
      <div className="grid grid-cols-2 gap-8 pt-4 text-center print:break-inside-avoid">
        <div>
          <p className="font-bold">{t("inspectionRecord.signatures.agency")}</p>
          <p className="text-sm italic">{t("inspectionRecord.signatures.agencyHint")}</p>
          <p className="mt-20 font-semibold">{record.representativeName ?? ""}</p>
          {record.representativeTitle ? <p className="text-sm">{record.representativeTitle}</p> : null}
        </div>
        <div>
          <p className="font-bold">{t("inspectionRecord.signatures.lead")}</p>
          <p className="text-sm italic">{t("inspectionRecord.signatures.leadHint")}</p>
          <p className="mt-20 font-semibold">{record.lead?.name ?? ""}</p>
        </div>
      </div>
    </>
  );
}
