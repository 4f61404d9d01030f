import "server-only";
import { formatDate } from "@/lib/dates";
import { renderPdf } from "@/lib/official/render/pdf";
import { getStorage } from "@/lib/storage";
import { getUnitCorrective, listCorrectiveUnits } from "../data";
import { correctiveSummaryDocument } from "../documents/corrective-summary";
import { pathSegment, unitFolder } from "../names";
import type { ArchiveSection } from "../types";

const folder = "06-khac-phuc";

/**
 * 06-khac-phuc/<code> <unit>/…: for each unit with findings on the plan's signed-off inspections, one summary
 * of its findings, answers and DOST's verdicts (PDF, rendered when reached), then the files its answers sent
 * as evidence, streamed from storage ("PH<finding>-L<round> <file name>"). Evidence that cites one of the
 * unit's records is named in the summary; the record's files are in 03-ho-so-don-vi when it answers the plan.
 */
export const correctiveSection: ArchiveSection = {
  folder,
  async *entries({ scope, plan, t, unique }) {
    for (const unit of await listCorrectiveUnits(scope, plan.id)) {
      const inspections = (await getUnitCorrective(scope, plan.id, unit.id)).filter((i) => i.findings.length);
      if (!inspections.length) continue;
      const unitPath = `${folder}/${unitFolder(unit)}`;
      const madeOn = new Date();
      yield {
        name: unique(`${unitPath}/${pathSegment(t("planArchive.files.correctiveSummary"))}.pdf`),
        data: await renderPdf(correctiveSummaryDocument({ plan, unit, inspections, madeOn }, t)),
        kind: "correctiveSummary",
        unit: unit.name,
        paperDate: formatDate(madeOn),
      };
      for (const finding of inspections.flatMap((i) => i.findings))
        for (const answer of finding.answers)
          for (const evidence of answer.evidence) {
            if (!evidence.fileKey) continue;
            const key = evidence.fileKey;
            yield {
              name: unique(
                `${unitPath}/${pathSegment(`PH${finding.number}-L${answer.round} ${evidence.fileName ?? ""}`)}`,
              ),
              data: () => getStorage().get(key),
              kind: "correctiveEvidence",
              unit: unit.name,
              paperDate: formatDate(evidence.createdAt),
            };
          }
    }
  },
};
