import type { Translate } from "@/lib/i18n";
import type { InspectionMinutes } from "@/lib/inspections/loaders";
import { formatDateTime } from "@/lib/i18n/format";
import { minutesNumberSuffix } from "@/lib/inspections/minutes/document";
import { blank } from "@/lib/official/format";

/**
 * The head of the minutes as Vietnamese administrative documents lay it out: the issuing body on the left,
 * the national name and motto on the right, then the title and the form code. Minutes not signed off yet
 * carries a banner and, on every printed page, a diagonal "draft" watermark.
 */
export function MinutesHeader({ minutes, t }: { minutes: InspectionMinutes; t: Translate }) {
  const signed = minutes.status === "SIGNED_OFF";
  return (
    <header className="space-y-4">
      {signed ? null : (
        <>
          <p className="rounded-md border-2 border-red-700 bg-red-50 px-4 py-2 text-center font-bold tracking-wide text-red-800 print:bg-white">
            {t("inspectionRecord.draft")}
            <span className="block text-sm font-normal">{t("inspectionRecord.draftNote")}</span>
          </p>
          <div
            aria-hidden="true"
            className="pointer-events-none fixed inset-0 z-10 flex items-center justify-center overflow-hidden"
          >
            <span className="-rotate-30 whitespace-nowrap text-7xl font-bold text-red-700/10 print:text-red-700/20">
              {t("inspectionRecord.draft")}
            </span>
          </div>
        </>
      )}
      <div className="grid grid-cols-2 gap-4 text-center text-sm">
        <div>
          <p className="uppercase">{minutes.plan.leadAgency.name}</p>
          <p className="font-bold uppercase underline underline-offset-4">{t("inspectionRecord.title")}</p>
          {/* Without a number the paper keeps the blank the lead fills in by hand at signing. */}
          <p className="mt-2 whitespace-pre">
            {t("inspectionRecord.number", { number: minutes.recordNumber ?? `${blank}/${minutesNumberSuffix}` })}
          </p>
        </div>
        <div>
          <p className="font-bold">{t("inspectionRecord.nationalName")}</p>
          <p className="font-bold underline underline-offset-4">{t("inspectionRecord.nationalMotto")}</p>
        </div>
      </div>
      <div className="text-center">
        <h1 className="text-xl font-bold">{t("inspectionRecord.heading")}</h1>
        <p className="font-semibold">{t("inspectionRecord.subject")}</p>
        <p className="text-sm italic">{t("inspectionRecord.form")}</p>
        {signed && minutes.signedOffAt ? (
          <p className="mt-1 text-sm">
            {t("inspectionRecord.signedOff", {
              at: formatDateTime(minutes.signedOffAt),
              by: minutes.signedOffByName ? t("inspectionRecord.signedOffBy", { name: minutes.signedOffByName }) : "",
            })}
          </p>
        ) : null}
      </div>
    </header>
  );
}
