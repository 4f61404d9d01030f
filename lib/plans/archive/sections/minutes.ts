import "server-only";
import { formatCalendarDate } from "@/lib/dates";
import { getInspectionMinutes, minutesDocument } from "@/lib/inspections";
import { renderDocx } from "@/lib/official/render/docx";
import { renderPdf } from "@/lib/official/render/pdf";
import { listSignedOffInspections } from "../data";
import { unitFolder } from "../names";
import type { ArchiveSection } from "../types";

const folder = "05-bien-ban-kiem-tra";

/**
 * 05-bien-ban-kiem-tra/<code> <unit>.pdf and .docx: each signed-off inspection's record (TT26 Mẫu 21) as the
 * record's own download renders it, read in the scope and rendered only when the archive reaches it. A unit
 * checked both by dossier and on site has the form in its two records' names.
 */
export const minutesSection: ArchiveSection = {
  folder,
  async *entries({ scope, plan, t, unique }) {
    const inspections = await listSignedOffInspections(scope, plan.id);
    const perUnit = new Map<string, number>();
    for (const i of inspections) perUnit.set(i.agency.id, (perUnit.get(i.agency.id) ?? 0) + 1);
    for (const inspection of inspections) {
      const unit = unitFolder(inspection.agency);
      const stem =
        (perUnit.get(inspection.agency.id) ?? 0) > 1
          ? t("planArchive.files.minutesKind", { unit, kind: t(`findings.kinds.${inspection.kind}`) })
          : unit;
      const minutes = await getInspectionMinutes(scope, inspection.id);
      if (!minutes) continue; // reopened since the list was read
      const doc = minutesDocument(minutes, t);
      const base = {
        kind: "minutes" as const,
        unit: inspection.agency.name,
        paperDate: formatCalendarDate(minutes.recordDate),
      };
      yield { ...base, name: unique(`${folder}/${stem}.pdf`), data: await renderPdf(doc) };
      yield { ...base, name: unique(`${folder}/${stem}.docx`), data: await renderDocx(doc) };
    }
  },
};
