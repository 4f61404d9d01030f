import { describe, expect, it } from "vitest";
import { detectFileKind, sniffBytes } from "@/lib/uploads/sniff";
import { samples, zip } from "@/tests/support/files";

describe("detectFileKind", () => {
  it.each([
    ["pdf", samples.pdf()],
    ["png", samples.png()],
    ["jpeg", samples.jpeg()],
    ["docx", samples.docx()],
  ] as const)("recognises a real %s by its bytes", (kind, bytes) => {
    expect(detectFileKind(bytes)).toBe(kind);
  });

  it("recognises an XLSX written by exceljs, and tells it from a DOCX", async () => {
    const xlsx = await samples.xlsx();
    expect(detectFileKind(xlsx.subarray(0, sniffBytes))).toBe("xlsx");
    expect(detectFileKind(samples.docx())).toBe("docx");
  });

  it.each([
    ["a Windows executable (MZ)", samples.exe()],
    ["an ELF binary", samples.elf()],
    ["a shell script", samples.script()],
    ["zero bytes", Buffer.alloc(0)],
    ["plain text", Buffer.from("Biên bản kiểm tra")],
    ["HTML", Buffer.from("<!doctype html><script>alert(1)</script>")],
    ["a PDF signature that does not start the file", Buffer.concat([Buffer.from("MZ"), samples.pdf()])],
    ["a truncated PNG signature", samples.png().subarray(0, 4)],
  ])("refuses %s", (_label, bytes) => {
    expect(detectFileKind(bytes)).toBeNull();
  });

  it("refuses zips that are not Office documents", () => {
    expect(detectFileKind(zip({ "setup.exe": samples.exe() }))).toBeNull();
    expect(detectFileKind(zip({ "word/document.xml": "<w/>" }))).toBeNull(); // no [Content_Types].xml
    expect(
      detectFileKind(
        zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>", "xl/workbook.xml": "<x/>" }),
      ),
    ).toBeNull();
    expect(detectFileKind(zip({ "[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p/>" }))).toBeNull();
  });

  it("reads only the head it is given: an Office zip cut inside its first entries still counts", () => {
    const docx = samples.docx();
    const cut = docx.indexOf("word/document.xml<?xml") + "word/document.xml".length; // the entry's own header
    expect(detectFileKind(docx.subarray(0, cut))).toBe("docx");
    expect(detectFileKind(docx.subarray(0, cut - 5))).toBeNull();
  });
});
