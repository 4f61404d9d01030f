/*
 * The document model of the official papers the app issues (issue 15): the plan (Mẫu 19. KHKT), the team's
 * and check decisions (Mẫu 20. QĐKT), request letters, correction letters, the inspection record (Mẫu 21.
 * BBKT) and the year's reports. One model, two renderers (DOCX and PDF), laid out as Decree 30/2020/NĐ-CP
 * Annex I says: the two-column heading, the number and the place-and-date line, the title with its trích yếu,
 * the body, "Nơi nhận" bottom left and the signature block bottom right. Pure data: no Prisma, no rendering.
 */

/** A run of text in a paragraph; a paragraph is an array of runs. */
export type Run = { text: string; bold?: boolean; italic?: boolean };

export type Block =
  /** A numbered or lettered section heading, e.g. "I. MỤC ĐÍCH, YÊU CẦU" (bold). */
  | { type: "heading"; level: 1 | 2 | 3; text: string }
  /** Body text: justified, first-line indent, as Decree 30 sets it. */
  | { type: "paragraph"; runs: Run[]; align?: "justify" | "center" | "left" | "right" }
  /** A list; `marker` "-" for the usual dash list, "number" for 1., 2., …, "letter" for a), b), … */
  | { type: "list"; marker: "-" | "number" | "letter"; items: Run[][] }
  /**
   * A table; widths in percent of the text width (summing to 100). `header` rows repeat on every page.
   * Cells are plain strings; `align` per column.
   */
  | {
      type: "table";
      columns: { title: string; width: number; align?: "left" | "center" | "right" }[];
      rows: string[][];
      /** A last row in bold, e.g. "Tổng cộng". */
      total?: string[];
      caption?: string;
    }
  /** A page break (e.g. before an appendix). */
  | { type: "pageBreak" };

export type Signature = {
  /** "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN", "TRƯỞNG ĐOÀN"; null: none. */
  authority: string | null;
  /** "PHÓ GIÁM ĐỐC", "CHỦ TỊCH". */
  position: string;
  /** The signer's full name, left empty in a draft to be filled by hand. */
  name: string;
  /** A line in italics under the position, e.g. "(Ký, ghi rõ họ tên)"; absent: none. */
  hint?: string | null;
};

export type OfficialDocument = {
  /** The issuing body, upper line (the body above it, not bold) and lower line (bold, with the short rule). */
  issuer: { parent: string | null; name: string };
  /** "05/KH-SKHCN"; null: "Số:      /KH-SKHCN" left to fill in, with `numberSuffix`. */
  number: string | null;
  /** The document-kind suffix used when `number` is null, e.g. "KH-SKHCN". */
  numberSuffix: string;
  /** "An Giang". */
  place: string;
  /** The date of issue; null: "ngày     tháng     năm 2021" with the year of `year`. */
  date: Date | null;
  year: number;
  /** "KẾ HOẠCH", "QUYẾT ĐỊNH", "BIÊN BẢN", "BÁO CÁO"; null for a letter (công văn), whose trích yếu goes under the number. */
  kind: string | null;
  /** The trích yếu: "Kiểm tra việc áp dụng hệ thống quản lý chất lượng … năm 2021". */
  title: string;
  /**
   * A letter's addressees, the renderers write "Kính gửi:" before them (one on the same line, several as a
   * dash list); null for other kinds.
   */
  addressee?: string[] | null;
  body: Block[];
  /** "Nơi nhận:" list, each entry ending as Decree 30 writes it ("- Như trên;", "- Lưu: VT, TĐC."). */
  recipients: string[];
  /** One signature, or two side by side (a record is signed by both sides). */
  signatures: Signature[];
  /** Appendices, each starting on a new page with its title. */
  appendices?: { title: string; subtitle?: string; body: Block[] }[];
  /** Landscape pages for wide appendix tables. */
  landscapeAppendices?: boolean;
  /** A line above the heading on a paper not final yet, e.g. "DỰ THẢO — chưa ký"; absent: none. */
  draft?: string | null;
};
