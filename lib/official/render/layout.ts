/*
 * The page and type of Decree 30/2020/NĐ-CP, Annex I, in one place for both renderers: A4, margins top and
 * bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13–14 pt (Tinos in the PDF: the same metrics).
 */
import type { OfficialDocument } from "../model";
import { numberLine, placeDateLine, upper } from "../format";

export const page = { widthMm: 210, heightMm: 297, topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 } as const;
/** Where the page number sits (from page 2), measured from the top edge. */
export const pageNumberTopMm = 10;

export const textWidthMm = page.widthMm - page.leftMm - page.rightMm;
export const landscapeTextWidthMm = page.heightMm - page.leftMm - page.rightMm;

/** Sizes in points. */
export const size = {
  body: 14,
  issuer: 12,
  nationalName: 12,
  motto: 13,
  number: 13,
  dateLine: 14,
  title: 14,
  letterSubject: 12,
  table: 12,
  recipientsLabel: 12,
  recipients: 11,
  signature: 14,
  hint: 13,
  pageNumber: 13,
} as const;

/** The heading's two columns in percent of the text width (the motto's line needs the wider one). */
export const headingColumns = [42, 58] as const;
/** The short rule under the issuer's name and the rule under the motto, in mm. */
export const issuerRuleMm = 22;
export const mottoRuleMm = 62;
/** First-line indent of body paragraphs (Decree 30: 1–1.27 cm). */
export const firstLineIndentMm = 10;
/** The space left for a hand signature between the position and the name. */
export const signatureGapPt = 70;

export const mmToPt = (mm: number) => (mm * 72) / 25.4;
export const mmToTwip = (mm: number) => Math.round((mm * 1440) / 25.4);

/** The lines of the heading as both renderers draw them. */
export function headingLines(doc: OfficialDocument) {
  return {
    parent: doc.issuer.parent ? upper(doc.issuer.parent) : null,
    issuer: upper(doc.issuer.name),
    number: numberLine(doc.number, doc.numberSuffix),
    dateLine: placeDateLine(doc.place, doc.date, doc.year),
    kind: doc.kind ? upper(doc.kind) : null,
    /** A letter's trích yếu goes under its number; another kind's under its title. */
    letterSubject: doc.kind ? null : doc.title,
  };
}
