import "server-only";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";
import { listMarker, nationalMotto, nationalName, upper } from "../format";
import type { Block, OfficialDocument, Run, Signature } from "../model";
import {
  firstLineIndentMm,
  headingColumns,
  headingLines,
  issuerRuleMm,
  landscapeTextWidthMm,
  mmToTwip,
  mottoRuleMm,
  page,
  pageNumberTopMm,
  signatureGapPt,
  size,
  textWidthMm,
} from "./layout";

/*
 * An OfficialDocument as an editable Word file (Decree 30 Annex I layout), built with the `docx` package: no
 * hand-made OOXML. The font is named "Times New Roman" (what officials' Word has); nothing is embedded.
 */

const font = "Times New Roman";
const half = (pt: number) => pt * 2;
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const thin = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const grid = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
type Para = { text?: string; runs?: Run[]; pt: number; bold?: boolean; italic?: boolean; align?: Align };

function para({ text, runs, pt, bold, italic, align = AlignmentType.CENTER }: Para, extra = {}) {
  const children = (runs ?? [{ text: text ?? "" }]).map(
    (r) => new TextRun({ text: r.text, bold: r.bold ?? bold, italics: r.italic ?? italic, size: half(pt), font }),
  );
  return new Paragraph({ children, alignment: align, spacing: { after: 0 }, ...extra });
}

/** A centred rule of `widthMm` under a paragraph, drawn as the paragraph's bottom border inside indents. */
function ruled(p: Para, cellMm: number, widthMm: number) {
  const indent = mmToTwip(Math.max(0, (cellMm - widthMm) / 2));
  return para(p, {
    indent: { left: indent, right: indent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
  });
}

const cell = (children: (Paragraph | Table)[], percent: number) =>
  new TableCell({ children, width: { size: percent, type: WidthType.PERCENTAGE }, borders: noBorders });

function heading(doc: OfficialDocument) {
  const h = headingLines(doc);
  const [leftPct, rightPct] = headingColumns;
  const leftMm = (textWidthMm * leftPct) / 100;
  const rightMm = (textWidthMm * rightPct) / 100;
  const left = [
    ...(h.parent ? [para({ text: h.parent, pt: size.issuer })] : []),
    ruled({ text: h.issuer, pt: size.issuer, bold: true }, leftMm, issuerRuleMm),
    para({ text: "", pt: 6 }),
    para({ text: h.number, pt: size.number }),
    ...(h.letterSubject ? [para({ text: h.letterSubject, pt: size.letterSubject })] : []),
  ];
  const right = [
    para({ text: nationalName, pt: size.nationalName, bold: true }),
    ruled({ text: nationalMotto, pt: size.motto, bold: true }, rightMm, mottoRuleMm),
    para({ text: "", pt: 6 }),
    para({ text: h.dateLine, pt: size.dateLine, italic: true }),
  ];
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [new TableRow({ children: [cell(left, leftPct), cell(right, rightPct)] })],
  });
  const title = h.kind
    ? [
        para({ text: h.kind, pt: size.title, bold: true }, { spacing: { before: 360, after: 0 } }),
        para({ text: doc.title, pt: size.title, bold: true }, { spacing: { after: 240 } }),
      ]
    : [];
  return [
    ...(doc.draft ? [para({ text: doc.draft, pt: size.body, bold: true }, { spacing: { after: 120 } })] : []),
    table,
    ...title,
    ...addressee(doc),
  ];
}

function addressee(doc: OfficialDocument): Paragraph[] {
  const names = doc.addressee ?? [];
  if (!names.length) return [];
  const spacing = { spacing: { before: 240, after: 240 } };
  if (names.length === 1)
    return [para({ runs: [{ text: "Kính gửi: " }, { text: names[0]! }], pt: size.body }, spacing)];
  return [
    para({ text: "Kính gửi:", pt: size.body }, { spacing: { before: 240 } }),
    ...names.map((n) => para({ text: `- ${n}`, pt: size.body }, { indent: { left: mmToTwip(45) } })),
  ];
}

const bodyParagraph = (runs: Run[], align: Align = AlignmentType.JUSTIFIED, indent = true) =>
  para(
    { runs, pt: size.body, align },
    { indent: indent ? { firstLine: mmToTwip(firstLineIndentMm) } : undefined, spacing: { before: 60, after: 60 } },
  );

const aligns = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

/** The paragraph style of table text (size, no spacing), so a table's thousands of cells carry no run properties. */
const tableStyle = "QmsTableText";

/** A table cell's lines: plain runs in the table style (bold for the header and the total). */
const cellParagraphs = (text: string, bold: boolean, alignment: Align) =>
  text.split("\n").map(
    (line) =>
      new Paragraph({
        style: tableStyle,
        alignment,
        children: [bold ? new TextRun({ text: line, bold }) : new TextRun(line)],
      }),
  );

function table(block: Extract<Block, { type: "table" }>, widthMm: number): (Paragraph | Table)[] {
  // Widths and margins are the table's (grid and cell margins): long appendices (a row per unit of the country)
  // stay fast to write and small, since each cell holds only its text.
  const widths = block.columns.map((c) => mmToTwip((widthMm * c.width) / 100));
  const align = block.columns.map((c) => aligns[c.align ?? "left"]);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (c) => new TableCell({ children: cellParagraphs(c.title, true, AlignmentType.CENTER) }),
    ),
  });
  const rows = block.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: r.map((t, i) => new TableCell({ children: cellParagraphs(t, false, align[i]!) })),
      }),
  );
  const total = block.total
    ? [
        new TableRow({
          children: block.total.map((t, i) => new TableCell({ children: cellParagraphs(t, true, align[i]!) })),
        }),
      ]
    : [];
  return [
    ...(block.caption
      ? [para({ text: block.caption, pt: size.table, bold: true }, { spacing: { before: 120, after: 60 } })]
      : []),
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      borders: grid,
      rows: [header, ...rows, ...total],
    }),
    para({ text: "", pt: 6 }),
  ];
}

function blocks(list: Block[], widthMm: number): (Paragraph | Table)[] {
  return list.flatMap((b): (Paragraph | Table)[] => {
    switch (b.type) {
      case "heading":
        return [
          para(
            { text: b.text, pt: size.body, bold: true, italic: b.level === 3, align: AlignmentType.JUSTIFIED },
            { indent: { firstLine: mmToTwip(firstLineIndentMm) }, spacing: { before: 120, after: 60 }, keepNext: true },
          ),
        ];
      case "paragraph":
        return [bodyParagraph(b.runs, aligns[b.align ?? "justify"], (b.align ?? "justify") === "justify")];
      case "list":
        return b.items.map((runs, i) => bodyParagraph([{ text: `${listMarker(b.marker, i)} ` }, ...runs]));
      case "table":
        return table(b, widthMm);
      case "pageBreak":
        return [new Paragraph({ pageBreakBefore: true, children: [] })];
    }
  });
}

function signatureBlock(s: Signature): Paragraph[] {
  return [
    ...(s.authority ? [para({ text: upper(s.authority), pt: size.signature, bold: true })] : []),
    para({ text: upper(s.position), pt: size.signature, bold: true }),
    ...(s.hint ? [para({ text: s.hint, pt: size.hint, italic: true })] : []),
    para({ text: "", pt: size.signature }, { spacing: { before: signatureGapPt * 20 } }),
    para({ text: s.name, pt: size.signature, bold: true }),
  ];
}

function recipientsBlock(recipients: string[]): Paragraph[] {
  if (!recipients.length) return [];
  return [
    para({ text: "Nơi nhận:", pt: size.recipientsLabel, bold: true, italic: true, align: AlignmentType.LEFT }),
    ...recipients.map((r) => para({ text: r, pt: size.recipients, align: AlignmentType.LEFT })),
  ];
}

/** "Nơi nhận" bottom left, the signature bottom right; two signatures side by side, the recipients under them. */
function closing(doc: OfficialDocument): (Paragraph | Table)[] {
  const spacer = para({ text: "", pt: size.body }, { spacing: { before: 120 } });
  if (doc.signatures.length === 1) {
    const row = new TableRow({
      cantSplit: true,
      children: [cell(recipientsBlock(doc.recipients), 45), cell(signatureBlock(doc.signatures[0]!), 55)],
    });
    return [spacer, new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: noBorders, rows: [row] })];
  }
  const share = Math.floor(100 / Math.max(1, doc.signatures.length));
  const row = new TableRow({ cantSplit: true, children: doc.signatures.map((s) => cell(signatureBlock(s), share)) });
  return [
    spacer,
    ...(doc.signatures.length
      ? [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: noBorders, rows: [row] })]
      : []),
    ...(doc.recipients.length ? [spacer, ...recipientsBlock(doc.recipients)] : []),
  ];
}

function sectionProperties(landscape: boolean): ISectionOptions["properties"] {
  const [w, h] = [mmToTwip(page.widthMm), mmToTwip(page.heightMm)];
  return {
    titlePage: true,
    page: {
      // docx swaps width and height itself for a landscape section.
      size: { width: w, height: h, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: {
        top: mmToTwip(page.topMm),
        bottom: mmToTwip(page.bottomMm),
        left: mmToTwip(page.leftMm),
        right: mmToTwip(page.rightMm),
        header: mmToTwip(pageNumberTopMm),
      },
    },
  };
}

/** Page numbers from page 2, centred at the top; the first page's header is empty (titlePage). */
const pageHeaders = () => ({
  default: new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: half(size.pageNumber), font })],
      }),
    ],
  }),
  first: new Header({ children: [] }),
});

/** The sections of one document: its main text, then each appendix on pages of its own. */
function sectionsOf(doc: OfficialDocument, restartNumbering: boolean): ISectionOptions[] {
  const base = sectionProperties(false);
  const main: ISectionOptions = {
    properties: restartNumbering ? { ...base, page: { ...base?.page, pageNumbers: { start: 1 } } } : base,
    headers: pageHeaders(),
    children: [...heading(doc), ...blocks(doc.body, textWidthMm), ...closing(doc)],
  };
  const appendices: ISectionOptions[] = (doc.appendices ?? []).map((a) => {
    const landscape = Boolean(doc.landscapeAppendices);
    return {
      properties: { ...sectionProperties(landscape), titlePage: false },
      headers: { default: pageHeaders().default },
      children: [
        para({ text: a.title, pt: size.title, bold: true }),
        ...(a.subtitle ? [para({ text: a.subtitle, pt: size.body, italic: true }, { spacing: { after: 240 } })] : []),
        ...blocks(a.body, landscape ? landscapeTextWidthMm : textWidthMm),
      ],
    };
  });
  return [main, ...appendices];
}

const packed = (first: OfficialDocument, sections: ISectionOptions[]) =>
  Packer.toBuffer(
    new Document({
      creator: first.issuer.name,
      title: first.kind ? `${first.kind} ${first.title}` : first.title,
      styles: {
        default: { document: { run: { font, size: half(size.body) } } },
        paragraphStyles: [
          {
            id: tableStyle,
            name: "Bảng (QMS)",
            basedOn: "Normal",
            run: { font, size: half(size.table) },
            paragraph: { spacing: { after: 0 } },
          },
        ],
      },
      sections,
    }),
  );

/** The DOCX bytes of an official document. */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  return packed(doc, sectionsOf(doc, false));
}

/**
 * Several official documents in one DOCX (a mail merge: one letter per addressee), each starting on a page of
 * its own with its page numbers from 1 and its first page unnumbered, as if each were printed alone.
 */
export async function renderDocxMany(docs: OfficialDocument[]): Promise<Buffer> {
  if (!docs.length) throw new RangeError("renderDocxMany: no documents");
  return packed(
    docs[0]!,
    docs.flatMap((doc) => sectionsOf(doc, true)),
  );
}
