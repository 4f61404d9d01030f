import "server-only";
import { formatDate } from "@/lib/dates";
import { renderPdf } from "@/lib/official/render/pdf";
import { getStorage } from "@/lib/storage";
import { annualReportDocument } from "../documents/annual-report";
import { listUnitRecords } from "../data";
import { pathSegment, unitFolder } from "../names";
import type { ArchiveSection } from "../types";

const folder = "03-ho-so-don-vi";

/**
 * 03-ho-so-don-vi/<code> <unit>/…: the QMS records of each unit that answer the plan, every file of each
 * record's latest version streamed from storage into a folder named after the record, and the unit's annual
 * report of the plan's year (a form, with no file) rendered as a PDF.
 */
export const unitRecordsSection: ArchiveSection = {
  folder,
  async *entries({ scope, plan, t, unique }) {
    for (const record of await listUnitRecords(scope, plan)) {
      const unitPath = `${folder}/${unitFolder(record.agency)}`;
      const { latest } = record;
      if (latest.annualReport) {
        const report = latest.annualReport;
        yield {
          name: unique(`${unitPath}/${pathSegment(t("planArchive.files.annualReport", { year: report.year }))}.pdf`),
          data: await renderPdf(
            annualReportDocument(
              { unit: record.agency, report, version: latest.number, submittedAt: latest.createdAt },
              t,
            ),
          ),
          kind: "annualReport",
          unit: record.agency.name,
          paperDate: formatDate(latest.createdAt),
        };
      }
      for (const file of latest.files) {
        yield {
          name: unique(
            `${unitPath}/${pathSegment(`${record.title} (v${latest.number})`)}/${pathSegment(file.fileName)}`,
          ),
          data: () => getStorage().get(file.storageKey),
          kind: "record",
          unit: record.agency.name,
          paperDate: formatDate(file.createdAt),
        };
      }
    }
  },
};
