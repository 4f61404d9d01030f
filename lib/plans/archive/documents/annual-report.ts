import { formatCalendarDate, formatDate } from "@/lib/dates";
import type { MessageKey, Translate } from "@/lib/i18n";
import { formatNumber } from "@/lib/official/format";
import { province } from "@/lib/official/issuer";
import type { Block, OfficialDocument } from "@/lib/official/model";

export type AnnualReportInput = {
  unit: { name: string };
  report: {
    year: number;
    scopeDescription: string;
    procedureCount: number;
    internalAuditDate: Date | null;
    managementReviewDate: Date | null;
    scopeChanged: boolean;
    reannouncementNumber: string | null;
    reannouncementDate: Date | null;
    improvements: string;
    difficulties: string;
    proposals: string;
  };
  version: number;
  submittedAt: Date;
};

/**
 * A unit's annual report (submitted as a form, lib/reports) as a paper for the archive: the unit's heading,
 * the form's answers as a two-column table and its three texts, with the version and the day it was sent.
 * No signature block: it is the archive's copy of what the unit submitted online, not a paper to sign.
 */
export function annualReportDocument(input: AnnualReportInput, t: Translate): OfficialDocument {
  const { report } = input;
  const a = (key: string, params?: Record<string, string | number>) =>
    t(`planArchive.annualReport.${key}` as MessageKey, params);
  const f = (key: string) => t(`documents.report.${key}` as MessageKey);
  const none = a("none");
  const date = (d: Date | null) => formatCalendarDate(d) || none;
  const texts: Block[] = (["scopeDescription", "improvements", "difficulties", "proposals"] as const).flatMap((key) => [
    { type: "heading", level: 2, text: f(key) } as Block,
    ...(report[key].trim() || none)
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line): Block => ({ type: "paragraph", runs: [{ text: line }] })),
  ]);
  return {
    issuer: { parent: null, name: input.unit.name },
    number: null,
    numberSuffix: "BC",
    place: province.place,
    date: input.submittedAt,
    year: report.year,
    kind: "BÁO CÁO",
    title: a("title", { year: report.year }),
    body: [
      {
        type: "paragraph",
        runs: [{ text: a("submitted", { version: input.version, date: formatDate(input.submittedAt) }), italic: true }],
      },
      {
        type: "table",
        columns: [
          { title: a("columns.item"), width: 60 },
          { title: a("columns.value"), width: 40 },
        ],
        rows: [
          [f("procedureCount"), formatNumber(report.procedureCount)],
          [f("internalAuditDate"), date(report.internalAuditDate)],
          [f("managementReviewDate"), date(report.managementReviewDate)],
          [f("scopeChanged"), a(report.scopeChanged ? "yes" : "no")],
          [f("reannouncementNumber"), report.reannouncementNumber || none],
          [f("reannouncementDate"), date(report.reannouncementDate)],
        ],
      },
      ...texts,
    ],
    recipients: [],
    signatures: [],
  };
}
