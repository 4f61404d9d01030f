import { formatCalendarDate, formatDate } from "@/lib/dates";
import type { MessageKey, Translate } from "@/lib/i18n";
import { province } from "@/lib/official/issuer";
import type { Block, OfficialDocument } from "@/lib/official/model";
import type { UnitCorrective } from "../data";

export type CorrectiveSummaryInput = {
  plan: { number: string; year: number; leadAgency: { name: string } };
  unit: { name: string };
  inspections: UnitCorrective;
  /** The day the summary is made (the archive's day). */
  madeOn: Date;
};

/**
 * One unit's corrective actions on a plan (TT26 Đ37, the records Đ39 keeps) as a paper for the archive: for
 * each signed-off inspection, its findings as a table (clause, severity, due date, status), then every answer
 * round with what the unit did and DOST's verdict with its date and note, and the evidence it cites.
 * Made by the system from the records, so it carries no signature block.
 */
export function correctiveSummaryDocument(input: CorrectiveSummaryInput, t: Translate): OfficialDocument {
  const c = (key: string, params?: Record<string, string | number>) =>
    t(`planArchive.corrective.${key}` as MessageKey, params);
  const raw = (key: string) => t(key as MessageKey);
  const para = (text: string, italic = false): Block => ({ type: "paragraph", runs: [{ text, italic }] });
  const body: Block[] = [];
  for (const inspection of input.inspections) {
    body.push(
      para(
        c("basis", {
          date: formatCalendarDate(inspection.recordDate) || c("noRecordDate"),
          kind: raw(`findings.kinds.${inspection.kind}`),
          plan: input.plan.number,
        }),
        true,
      ),
      { type: "heading", level: 2, text: c("findings") },
      {
        type: "table",
        columns: [
          { title: c("columns.number"), width: 7, align: "center" },
          { title: c("columns.clause"), width: 13 },
          { title: c("columns.severity"), width: 13 },
          { title: c("columns.description"), width: 37 },
          { title: c("columns.dueDate"), width: 13, align: "center" },
          { title: c("columns.status"), width: 17 },
        ],
        rows: inspection.findings.map((f) => [
          String(f.number),
          f.clause,
          raw(`findings.severities.${f.severity}`),
          f.description,
          formatCalendarDate(f.dueDate),
          raw(`findings.statuses.${f.status}`),
        ]),
      },
      { type: "heading", level: 2, text: c("answers") },
    );
    const answered = inspection.findings.filter((f) => f.answers.length);
    if (!answered.length) body.push(para(c("noAnswers"), true));
    for (const finding of answered) {
      body.push({ type: "heading", level: 3, text: c("finding", { number: finding.number, clause: finding.clause }) });
      for (const answer of finding.answers) {
        const field = (key: string, value: string) =>
          value.trim() ? [[{ text: `${raw(`corrective.fields.${key}`)}: `, bold: true }, { text: value }]] : [];
        const files = answer.evidence.filter((e) => e.fileName).map((e) => e.fileName!);
        const records = answer.evidence.filter((e) => e.recordVersion);
        body.push(para(c("answerHeading", { round: answer.round, date: formatDate(answer.submittedAt) })), {
          type: "list",
          marker: "-",
          items: [
            ...field("cause", answer.cause),
            ...field("correction", answer.correction),
            ...field("action", answer.action),
            ...field("plannedDate", formatCalendarDate(answer.plannedDate)),
            ...field("responsible", answer.responsible),
            [
              {
                text: answer.verifiedAt
                  ? c("verdictOn", {
                      status: raw(`corrective.answerStatuses.${answer.status}`),
                      date: formatDate(answer.verifiedAt),
                    })
                  : c("verdict", { status: raw(`corrective.answerStatuses.${answer.status}`) }),
              },
            ],
            ...field("verdictNote", answer.verdictNote ?? ""),
            ...(files.length ? [[{ text: c("evidenceFiles", { files: files.join("; ") }) }]] : []),
            ...records.map((e) => [
              {
                text: c("evidenceRecord", {
                  record: e.recordVersion!.record.title,
                  version: e.recordVersion!.number,
                }),
              },
            ]),
          ],
        });
      }
    }
  }
  return {
    issuer: { parent: province.committee, name: input.plan.leadAgency.name },
    number: null,
    numberSuffix: "TH",
    place: province.place,
    date: input.madeOn,
    year: input.plan.year,
    kind: "TỔNG HỢP",
    title: c("title", { unit: input.unit.name }),
    body,
    recipients: [],
    signatures: [],
  };
}
