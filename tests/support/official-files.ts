import JSZip from "jszip";

/*
 * Opening the papers the renderers make, as a reader would: the DOCX's paragraphs as text (JSZip), the PDF's
 * text per page and page 1 as a PNG (unpdf's PDF.js with @napi-rs/canvas).
 */

// PDF.js in unpdf calls ArrayBuffer.prototype.transferToFixedLength, which Node 20 lacks (Node 21 has it); a
// copy does what it needs. Without it pages render blank.
const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (n?: number) => ArrayBuffer };
proto.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength) {
  const copy = new ArrayBuffer(length);
  new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
  return copy;
};

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The parts of a DOCX: each paragraph's text (runs joined) of the body, and the raw XML of every part. */
export async function openDocx(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const document = await part("word/document.xml");
  const paragraphs = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) =>
    decode([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")),
  );
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/header\d+\.xml$/.test(n))
      .map(part),
  );
  return { paragraphs, document, headers, core: await part("docProps/core.xml") };
}

/** The text of each page of a PDF, whitespace collapsed. */
export async function pdfPages(bytes: Buffer): Promise<string[]> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  return text.map((t) => t.replace(/\s+/g, " ").trim());
}

/** Page 1 of a PDF as PNG bytes. */
export async function pdfFirstPagePng(bytes: Buffer, scale = 1.5): Promise<Buffer> {
  const { renderPageAsImage } = await import("unpdf");
  const png = await renderPageAsImage(new Uint8Array(bytes), 1, {
    canvasImport: () => import("@napi-rs/canvas"),
    scale,
  });
  return Buffer.from(png);
}

/** The base names of the fonts a PDF uses, read from its (uncompressed) font dictionaries. */
export function pdfFontNames(bytes: Buffer): string[] {
  return [...bytes.toString("latin1").matchAll(/\/BaseFont\s*\/([^\s/>]+)/g)].map((m) => m[1]!);
}

/** The text nearest the top edge of each page (PDF y grows upwards), e.g. its page number. */
export async function pdfTopTexts(bytes: Buffer): Promise<string[]> {
  const { getDocumentProxy } = await import("unpdf");
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const tops: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const items = content.items.filter((i) => "str" in i && i.str.trim()) as { str: string; transform: number[] }[];
    const top = items.reduce((a, b) => (b.transform[5]! > a.transform[5]! ? b : a));
    tops.push(top.str.trim());
  }
  return tops;
}
