import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { renderDocx } from "@/lib/official/render/docx";
import { renderPdf } from "@/lib/official/render/pdf";
import { sampleDocument, sampleKinds } from "@/tests/factories/official";
import { openDocx, pdfFirstPagePng, pdfFontNames, pdfPages, pdfTopTexts } from "@/tests/support/official-files";

const heading = [
  "UBND TỈNH AN GIANG",
  "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
];
const numberOf = {
  plan: /Số: 05\/KH-SKHCN/,
  decision: /Số:\s+\/QĐ-SKHCN/,
  letter: /Số: 123\/SKHCN-TĐC/,
  minutes: /Số:\s+\/BB-ĐKT/,
  report: /Số: 210\/BC-SKHCN/,
};
const dateOf = {
  plan: /An Giang, ngày 19 tháng 01 năm 2021/,
  decision: /An Giang, ngày\s+tháng\s+năm 2021/,
  letter: /An Giang, ngày 19 tháng 01 năm 2021/,
  minutes: /An Giang, ngày\s+tháng\s+năm 2021/,
  report: /An Giang, ngày 19 tháng 01 năm 2021/,
};
const titleOf = { plan: "KẾ HOẠCH", decision: "QUYẾT ĐỊNH", letter: null, minutes: "BIÊN BẢN", report: "BÁO CÁO" };

// Each sample is rendered once; the two renderers take well under a second each.
const rendered = Object.fromEntries(
  sampleKinds.map((kind) => [kind, Promise.all([renderDocx(sampleDocument(kind)), renderPdf(sampleDocument(kind))])]),
);

describe.each(sampleKinds)("the %s as DOCX", (kind) => {
  it("has the heading, number, date line and title, with their Vietnamese letters", async () => {
    const [docx] = await rendered[kind]!;
    const { paragraphs, core } = await openDocx(docx);
    for (const line of heading) expect(paragraphs).toContain(line);
    expect(paragraphs.some((p) => numberOf[kind].test(p))).toBe(true);
    expect(paragraphs.some((p) => dateOf[kind].test(p))).toBe(true);
    if (titleOf[kind]) expect(paragraphs).toContain(titleOf[kind]);
    expect(paragraphs).toContain("Nơi nhận:");
    expect(core).toContain("Sở Khoa học và Công nghệ");
  });

  it("is A4 with Decree 30 margins, numbers pages from 2 at the top, repeats table headers", async () => {
    const [docx] = await rendered[kind]!;
    const { document, headers } = await openDocx(docx);
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(document).toContain("<w:titlePg/>");
    expect(headers.some((h) => h.includes("PAGE"))).toBe(true);
    expect(document).toContain("<w:tblHeader/>");
    expect(document).toContain('w:ascii="Times New Roman"');
  });

  it("lays its tables on a fixed grid, the cells' text in the table style (Times New Roman, smaller than the body)", async () => {
    const [docx] = await rendered[kind]!;
    const zip = await JSZip.loadAsync(docx);
    const document = await zip.file("word/document.xml")!.async("string");
    const styles = await zip.file("word/styles.xml")!.async("string");
    const data = /<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*?<w:tblLayout w:type="fixed"\/>[\s\S]*?<\/w:tbl>/.exec(document)?.[0];
    expect(data).toBeDefined();
    const columns = sampleDocument(kind).body.find((b) => b.type === "table")!;
    expect(data!.match(/<w:gridCol /g)).toHaveLength(columns.type === "table" ? columns.columns.length : 0);
    expect(data).toContain('<w:pStyle w:val="QmsTableText"/>');
    expect(data).not.toContain("<w:tcMar>"); // margins are the table's, not repeated in every cell
    const style = /<w:style [^>]*w:styleId="QmsTableText"[\s\S]*?<\/w:style>/.exec(styles)?.[0];
    expect(style).toContain('w:ascii="Times New Roman"');
    expect(style).toContain('<w:sz w:val="24"/>'); // 12 pt, under the body's 13–14
  });
});

describe.each(sampleKinds)("the %s as PDF", (kind) => {
  it("has the heading, number, date line and title in its text", async () => {
    const [, pdf] = await rendered[kind]!;
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const first = pages[0]!;
    for (const line of heading) expect(first.replace(/ /g, "")).toContain(line.replace(/ /g, ""));
    expect(first).toMatch(numberOf[kind]);
    expect(first).toMatch(dateOf[kind]);
    if (titleOf[kind]) expect(first).toContain(titleOf[kind]);
    // Page numbers from page 2, at the top: the top line of page 2 is "2", of page 1 the issuer's line.
    const tops = await pdfTopTexts(pdf);
    expect(tops.slice(1)).toEqual(tops.slice(1).map((_, i) => String(i + 2)));
    expect(tops[0]).not.toBe("1");
    expect(pages.join(" ")).toContain("Nơi nhận:");
  });

  it("embeds Tinos, no standard 14 font", async () => {
    const [, pdf] = await rendered[kind]!;
    const fonts = pdfFontNames(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const name of fonts) expect(name).toMatch(/^[A-Z]{6}\+Tinos/);
    expect(pdf.toString("latin1")).toContain("/FontFile2");
  });
});

describe("layout of particular kinds", () => {
  it("a letter has its trích yếu under the number and its addressees", async () => {
    const [docx, pdf] = await rendered.letter!;
    const { paragraphs } = await openDocx(docx);
    const number = paragraphs.findIndex((p) => p === "Số: 123/SKHCN-TĐC");
    expect(paragraphs[number + 1]).toMatch(/^V\/v báo cáo tình hình/);
    expect(paragraphs).toContain("Kính gửi:");
    expect(paragraphs).toContain("- UBND các huyện, thị xã, thành phố");
    expect((await pdfPages(pdf))[0]).toContain("Kính gửi:");
  });

  it("minutes carry both signatures with their hints and the draft line", async () => {
    const [docx, pdf] = await rendered.minutes!;
    const { paragraphs } = await openDocx(docx);
    for (const line of [
      "ĐẠI DIỆN CƠ QUAN ĐƯỢC KIỂM TRA",
      "TRƯỞNG ĐOÀN KIỂM TRA",
      "Nguyễn Thị Hồng Nhung",
      "Trần Văn Đức",
      "DỰ THẢO — chưa ký",
    ])
      expect(paragraphs).toContain(line);
    const text = (await pdfPages(pdf)).join(" ");
    expect(text).toContain("Nguyễn Thị Hồng Nhung");
    expect(text).toContain("(Ký, ghi rõ họ tên, đóng dấu)");
  });

  it("a plan's appendix starts on a landscape page", async () => {
    const [docx] = await rendered.plan!;
    const { document } = await openDocx(docx);
    expect(document).toContain('w:orient="landscape"');
  });
});

describe("page 1 as an image", () => {
  it("renders page 1 of each kind to PNG under test-results/official/ for a person to look at", async () => {
    const dir = path.resolve("test-results/official");
    mkdirSync(dir, { recursive: true });
    for (const kind of sampleKinds) {
      const [, pdf] = await rendered[kind]!;
      const png = await pdfFirstPagePng(pdf);
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      // A blank A4 page at this scale compresses to a few kilobytes; text makes it far larger.
      expect(png.length).toBeGreaterThan(30_000);
      writeFileSync(path.join(dir, `${kind}-page-1.png`), png);
    }
  }, 60_000);
});
