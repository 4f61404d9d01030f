import "server-only";
import type { RouteContext } from "@/lib/http/route";
import { createTranslator } from "@/lib/i18n";
import { downloadResponse } from "@/lib/http/download";
import { type OfficialFormat, officialResponse } from "@/lib/official/respond";
import { figuresOf, getYearReport } from "./data";
import { yearReportDocument } from "./document";
import { narrativeOf } from "./schema";
import { figureTables } from "./tables";
import { figuresToXlsx } from "./xlsx";

/** The report's tables as XLSX (in Vietnamese, as the official report), for whoever may see it; null (404) otherwise. */
export async function yearReportXlsx({ params, scope }: RouteContext<{ id: string }>): Promise<Response | null> {
  const report = await getYearReport(scope, params.id);
  if (!report) return null;
  const t = createTranslator("vi").raw;
  const figures = await figuresOf(scope, report);
  const [y, m, d] = figures.asOf.split("-");
  const body = await figuresToXlsx(figureTables(figures, t), {
    title: t(`yearReports.document.title.${report.kind}`, { year: report.year }),
    asOfLine: t("yearReports.detail.asOfLine", { date: `${d}/${m}/${y}` }),
  });
  return downloadResponse(body, `bao-cao-${report.year}-v${report.version}.xlsx`);
}

/**
 * The report as an official paper (Decree 30 layout) in DOCX (to edit and sign) or PDF, with its figures as
 * they stand in the report (frozen once submitted), for whoever may see it; null (404) otherwise.
 */
export function yearReportFile(format: OfficialFormat) {
  return async ({ params, scope }: RouteContext<{ id: string }>): Promise<Response | null> => {
    const report = await getYearReport(scope, params.id);
    if (!report) return null;
    const figures = await figuresOf(scope, report);
    const doc = yearReportDocument({
      kind: report.kind,
      year: report.year,
      figures,
      narrative: narrativeOf(report.kind, report.narrative),
      approvalNumber: report.approvalNumber,
      approvalDate: report.approvalDate,
    });
    return officialResponse(doc, format, `bao-cao-${report.year}-v${report.version}`);
  };
}
