import "server-only";
import pdfmake from "pdfmake";
import type { Content, ContentColumns, TDocumentDefinitions, TableCell } from "pdfmake/interfaces";
import { listMarker, nationalMotto, nationalName, upper } from "../format";
import type { Block, OfficialDocument, Run, Signature } from "../model";
import { tinosFaces, type FontStyle } from "./fonts";
import {
  firstLineIndentMm,
  headingColumns,
  headingLines,
  issuerRuleMm,
  landscapeTextWidthMm,
  mmToPt,
  mottoRuleMm,
  page,
  pageNumberTopMm,
  signatureGapPt,
  size,
  textWidthMm,
} from "./layout";

/*
 * An OfficialDocument as a PDF (Decree 30 Annex I layout) with pdfmake on the server: pure JavaScript (pdfkit
 * underneath), fonts from buffers, no browser and no office suite. Tinos, metric-compatible with Times New
 * Roman, is embedded (lib/official/render/fonts.ts), so the PDF is the DOCX's twin in line breaks.
 */

// pdfmake 0.3 on Node keeps fonts in its in-memory file system; @types/pdfmake does not declare it.
const virtualfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } }).virtualfs;

let ready = false;
/** Registers Tinos in pdfmake's in-memory file system once, and forbids any URL or local file access. */
function setUp() {
  if (ready) return;
  const faces = tinosFaces();
  const names = {} as Record<FontStyle, string>;
  for (const style of Object.keys(faces) as FontStyle[]) {
    names[style] = `tinos-${style}.ttf`;
    virtualfs.writeFileSync(names[style], faces[style]);
  }
  pdfmake.setFonts({ Tinos: names });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  ready = true;
}

const runs = (list: Run[]) => list.map((r) => ({ text: r.text, bold: r.bold, italics: r.italic }));

/** A centred horizontal rule of `widthMm` in a column of `columnMm`. */
function rule(columnMm: number, widthMm: number): Content {
  const x1 = mmToPt((columnMm - widthMm) / 2);
  return {
    canvas: [{ type: "line", x1, y1: 1, x2: x1 + mmToPt(widthMm), y2: 1, lineWidth: 0.6 }],
    margin: [0, 1, 0, 4],
  };
}

function heading(doc: OfficialDocument): Content[] {
  const h = headingLines(doc);
  const [leftPct, rightPct] = headingColumns;
  const columns: ContentColumns = {
    columnGap: 0,
    columns: [
      {
        width: `${leftPct}%`,
        alignment: "center",
        stack: [
          ...(h.parent ? [{ text: h.parent, fontSize: size.issuer }] : []),
          { text: h.issuer, fontSize: size.issuer, bold: true },
          rule((textWidthMm * leftPct) / 100, issuerRuleMm),
          { text: h.number, fontSize: size.number, margin: [0, 2, 0, 0] },
          ...(h.letterSubject ? [{ text: h.letterSubject, fontSize: size.letterSubject, margin: [0, 2, 0, 0] }] : []),
        ] as Content[],
      },
      {
        width: `${rightPct}%`,
        alignment: "center",
        stack: [
          { text: nationalName, fontSize: size.nationalName, bold: true },
          { text: nationalMotto, fontSize: size.motto, bold: true },
          rule((textWidthMm * rightPct) / 100, mottoRuleMm),
          { text: h.dateLine, fontSize: size.dateLine, italics: true, margin: [0, 2, 0, 0] },
        ] as Content[],
      },
    ],
  };
  const names = doc.addressee ?? [];
  const addressee: Content[] =
    names.length === 1
      ? [{ text: `Kính gửi: ${names[0]}`, alignment: "center", margin: [0, 12, 0, 12] }]
      : names.length
        ? [
            { text: "Kính gửi:", alignment: "center", margin: [0, 12, 0, 0] },
            ...names.map((n): Content => ({ text: `- ${n}`, margin: [mmToPt(45), 0, 0, 0] })),
            { text: "", margin: [0, 0, 0, 12] },
          ]
        : [];
  return [
    ...(doc.draft ? [{ text: doc.draft, bold: true, alignment: "center", margin: [0, 0, 0, 6] } as Content] : []),
    columns,
    ...(h.kind
      ? [
          { text: h.kind, bold: true, alignment: "center", fontSize: size.title, margin: [0, 18, 0, 0] } as Content,
          { text: doc.title, bold: true, alignment: "center", fontSize: size.title, margin: [0, 0, 0, 12] } as Content,
        ]
      : []),
    ...addressee,
  ];
}

const bodyText = (content: Run[], alignment: "justify" | "center" | "left" | "right" = "justify"): Content => ({
  text: runs(content),
  alignment,
  leadingIndent: alignment === "justify" ? mmToPt(firstLineIndentMm) : 0,
  margin: [0, 3, 0, 3],
});

function table(block: Extract<Block, { type: "table" }>, widthMm: number): Content[] {
  const widths = block.columns.map((c) => mmToPt((widthMm * c.width) / 100) - 9);
  const header: TableCell[] = block.columns.map((c) => ({ text: c.title, bold: true, alignment: "center" }));
  const row = (cells: string[], bold = false): TableCell[] =>
    cells.map((text, i) => ({ text, bold, alignment: block.columns[i]?.align ?? "left" }));
  return [
    ...(block.caption
      ? [
          {
            text: block.caption,
            bold: true,
            alignment: "center",
            fontSize: size.table,
            margin: [0, 6, 0, 3],
          } as Content,
        ]
      : []),
    {
      fontSize: size.table,
      margin: [0, 0, 0, 6],
      table: {
        headerRows: 1,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths,
        body: [header, ...block.rows.map((r) => row(r)), ...(block.total ? [row(block.total, true)] : [])],
      },
    },
  ];
}

function blocks(list: Block[], widthMm: number): Content[] {
  return list.flatMap((b): Content[] => {
    switch (b.type) {
      case "heading":
        return [
          {
            text: b.text,
            bold: true,
            italics: b.level === 3,
            alignment: "justify",
            leadingIndent: mmToPt(firstLineIndentMm),
            margin: [0, 6, 0, 3],
            headlineLevel: 1,
          },
        ];
      case "paragraph":
        return [bodyText(b.runs, b.align ?? "justify")];
      case "list":
        return b.items.map((item, i) => bodyText([{ text: `${listMarker(b.marker, i)} ` }, ...item]));
      case "table":
        return table(b, widthMm);
      case "pageBreak":
        return [{ text: "", pageBreak: "after" }];
    }
  });
}

function signatureBlock(s: Signature): Content {
  return {
    alignment: "center",
    fontSize: size.signature,
    stack: [
      ...(s.authority ? [{ text: upper(s.authority), bold: true }] : []),
      { text: upper(s.position), bold: true },
      ...(s.hint ? [{ text: s.hint, italics: true, fontSize: size.hint }] : []),
      { text: s.name || " ", bold: true, margin: [0, signatureGapPt, 0, 0] },
    ] as Content[],
  };
}

function recipientsBlock(recipients: string[]): Content {
  return {
    stack: recipients.length
      ? [
          { text: "Nơi nhận:", bold: true, italics: true, fontSize: size.recipientsLabel },
          ...recipients.map((r): Content => ({ text: r, fontSize: size.recipients })),
        ]
      : [],
  };
}

/** "Nơi nhận" bottom left, the signature bottom right; two signatures side by side, the recipients under them. */
function closing(doc: OfficialDocument): Content[] {
  if (doc.signatures.length === 1) {
    return [
      {
        unbreakable: true,
        margin: [0, 12, 0, 0],
        columns: [
          { width: "45%", ...(recipientsBlock(doc.recipients) as object) },
          { width: "55%", ...(signatureBlock(doc.signatures[0]!) as object) },
        ],
      } as Content,
    ];
  }
  return [
    {
      unbreakable: true,
      margin: [0, 12, 0, 0],
      columns: doc.signatures.map((s) => ({ width: "*", ...(signatureBlock(s) as object) })),
    } as Content,
    ...(doc.recipients.length
      ? [{ ...(recipientsBlock(doc.recipients) as object), margin: [0, 12, 0, 0] } as Content]
      : []),
  ];
}

function appendices(doc: OfficialDocument): Content[] {
  const landscape = Boolean(doc.landscapeAppendices);
  return (doc.appendices ?? []).flatMap((a): Content[] => [
    {
      text: a.title,
      bold: true,
      alignment: "center",
      fontSize: size.title,
      pageBreak: "before",
      pageOrientation: landscape ? "landscape" : "portrait",
    },
    ...(a.subtitle ? [{ text: a.subtitle, italics: true, alignment: "center", margin: [0, 0, 0, 12] } as Content] : []),
    ...blocks(a.body, landscape ? landscapeTextWidthMm : textWidthMm),
  ]);
}

/** The pdfmake definition of an official document (exported for tests and benchmarks). */
export function pdfDefinition(doc: OfficialDocument): TDocumentDefinitions {
  return {
    pageSize: "A4",
    pageMargins: [mmToPt(page.leftMm), mmToPt(page.topMm), mmToPt(page.rightMm), mmToPt(page.bottomMm)],
    info: { title: doc.kind ? `${doc.kind} ${doc.title}` : doc.title, author: doc.issuer.name },
    language: "vi-VN",
    defaultStyle: { font: "Tinos", fontSize: size.body, lineHeight: 1.1 },
    header: (currentPage) =>
      currentPage > 1
        ? {
            text: String(currentPage),
            alignment: "center",
            fontSize: size.pageNumber,
            margin: [0, mmToPt(pageNumberTopMm), 0, 0],
          }
        : null,
    content: [...heading(doc), ...blocks(doc.body, textWidthMm), ...closing(doc), ...appendices(doc)],
  };
}

/** The PDF bytes of an official document. */
export async function renderPdf(doc: OfficialDocument): Promise<Buffer> {
  setUp();
  return pdfmake.createPdf(pdfDefinition(doc)).getBuffer();
}
