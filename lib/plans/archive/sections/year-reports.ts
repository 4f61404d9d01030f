import "server-only";
import { formatCalendarDate } from "@/lib/dates";
import { renderDocx } from "@/lib/official/render/docx";
import { renderPdf } from "@/lib/official/render/pdf";
import { figuresOf, narrativeOf, yearReportDocument } from "@/lib/year-reports";
import { listArchivedYearReports } from "../data";
import { pathSegment } from "../names";
import type { ArchiveSection } from "../types";

const folder = "07-bao-cao";

/**
 * 07-bao-cao: DOST's reports of the plan's year (the November consolidation, TT26 Đ38, and the report for the
 * Ministry) that the director approved, sent or not yet, as PDF and DOCX with the figures frozen in them.
 */
export const yearReportsSection: ArchiveSection = {
  folder,
  async *entries({ scope, plan, t, unique }) {
    for (const report of await listArchivedYearReports(scope, plan.year)) {
      const doc = yearReportDocument({
        kind: report.kind,
        year: report.year,
        figures: await figuresOf(scope, report),
        narrative: narrativeOf(report.kind, report.narrative),
        approvalNumber: report.approvalNumber,
        approvalDate: report.approvalDate,
      });
      const stem = pathSegment(
        t("planArchive.files.yearReport", { kind: t(`yearReports.kinds.${report.kind}`), version: report.version }),
      );
      const base = { kind: "yearReport" as const, unit: null, paperDate: formatCalendarDate(report.approvalDate) };
      yield { ...base, name: unique(`${folder}/${stem}.pdf`), data: await renderPdf(doc) };
      yield { ...base, name: unique(`${folder}/${stem}.docx`), data: await renderDocx(doc) };
    }
  },
};
