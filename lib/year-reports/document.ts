import type { YearReportKind } from "@/lib/generated/prisma/enums";
import { createTranslator } from "@/lib/i18n";
import type { Block, OfficialDocument } from "@/lib/official/model";
import type { YearReportFigures } from "./figures/types";
import { narrativeSections } from "./schema";
import { figureTables, type FigureTable, type Translate } from "./tables";

export type DocumentInput = {
  kind: YearReportKind;
  year: number;
  figures: YearReportFigures;
  narrative: Record<string, string>;
  /** The director's approval gives the number and date; before it they are left to fill in. */
  approvalNumber: string | null;
  approvalDate: Date | null;
};

/** Which tables go under which narrative section, in the document's order. */
const tablesBySection: Record<string, string[]> = {
  results: ["coverage", "scores", "resultsByKind", "resultsByDistrict"],
  findings: ["findingsByGroup", "findingsByD36"],
  corrective: ["corrective", "repeats", "completeness"],
  proposals: ["proposals"],
  status: ["levels"],
};

const tableBlock = (table: FigureTable, emptyText: string): Block[] =>
  table.rows.length
    ? [
        {
          type: "table",
          caption: table.title,
          columns: table.columns.map((c, i) => ({
            title: c.title,
            width: i === 0 ? (table.columns.length > 3 ? 40 : 60) : 0,
            align: c.align,
          })),
          rows: table.rows,
          ...(table.total ? { total: table.total } : {}),
        },
      ]
    : [{ type: "paragraph", runs: [{ text: `${table.title}: ${emptyText}`, italic: true }] }];

/** Widths in percent: the first column as set, the rest sharing what is left. */
function withWidths(blocks: Block[]): Block[] {
  return blocks.map((b) => {
    if (b.type !== "table") return b;
    const first = b.columns[0]!.width;
    const rest = b.columns.length - 1;
    const each = rest ? Math.floor((100 - first) / rest) : 0;
    const last = 100 - first - each * (rest - 1);
    return {
      ...b,
      columns: b.columns.map((c, i) => ({ ...c, width: i === 0 ? (rest ? first : 100) : i === rest ? last : each })),
    };
  });
}

const paragraphs = (text: string): Block[] =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ type: "paragraph", runs: [{ text: line }] }));

/**
 * A year's report as an official document (Decree 30 layout, lib/official/model.ts): DOST's heading, "BÁO CÁO"
 * with its trích yếu, the narrative sections in order with the figures' tables under the section they support,
 * "Nơi nhận" and "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"; the per-unit table as an appendix. Always in Vietnamese.
 */
export function yearReportDocument(input: DocumentInput): OfficialDocument {
  const t: Translate = createTranslator("vi").raw;
  const d = (key: string, params?: Record<string, string | number>) => t(`yearReports.document.${key}`, params);
  const tables = figureTables(input.figures, t);
  const byKey = new Map(tables.map((table) => [table.key, table]));
  const empty = d(`noRows`);
  const [y, m, day] = input.figures.asOf.split("-");
  const body: Block[] = [
    { type: "paragraph", runs: [{ text: d(`asOf`, { date: `${day}/${m}/${y}` }), italic: true }] },
  ];
  narrativeSections[input.kind].forEach((section, index) => {
    body.push({ type: "heading", level: 1, text: d(`headings.${section}`, { n: roman(index + 1) }) });
    body.push(...paragraphs(input.narrative[section] ?? ""));
    for (const key of tablesBySection[section] ?? []) {
      const table = byKey.get(key);
      if (table) body.push(...tableBlock(table, empty));
    }
  });
  const appendix = tables.find((table) => table.appendix);
  return {
    issuer: { parent: d(`issuerParent`), name: d(`issuer`) },
    number: input.approvalNumber,
    numberSuffix: "BC-SKHCN",
    place: d(`place`),
    date: input.approvalDate,
    year: input.year,
    kind: d(`kind`),
    title: d(`title.${input.kind}`, { year: input.year }),
    body: withWidths(body),
    recipients: d(`recipients.${input.kind}`).split("\n"),
    signatures: [{ authority: d(`authority`), position: d(`position`), name: "" }],
    ...(appendix
      ? {
          appendices: [
            {
              title: d(`appendixTitle`),
              subtitle: d(`appendixSubtitle`, { year: input.year }),
              body: withWidths(tableBlock(appendix, empty)),
            },
          ],
          landscapeAppendices: true,
        }
      : {}),
  };
}

function roman(n: number): string {
  return ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"][n - 1] ?? String(n);
}
