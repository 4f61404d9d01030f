import { describe, expect, it } from "vitest";
import { contentDisposition, maxFileNameLength, safeFileName, sanitizeFileName } from "@/lib/uploads/names";

describe("sanitizeFileName", () => {
  it("keeps Vietnamese names, in NFC", () => {
    const typedOnMac = "Biên bản kiểm tra nội bộ – Sở Tư pháp.pdf".normalize("NFD");
    const result = sanitizeFileName(typedOnMac);
    expect(result).toEqual({ ok: true, name: "Biên bản kiểm tra nội bộ – Sở Tư pháp.pdf".normalize("NFC") });
    expect(result.ok && result.name.length).toBe("Biên bản kiểm tra nội bộ – Sở Tư pháp.pdf".normalize("NFC").length);
  });

  it("tidies spaces and characters a download on Windows would refuse", () => {
    expect(sanitizeFileName('  Quy trình   ISO:  "kiểm soát" <v2>?.docx  ')).toEqual({
      ok: true,
      name: "Quy trình ISO_ _kiểm soát_ _v2__.docx",
    });
    expect(sanitizeFileName("báo cáo. . .")).toEqual({ ok: true, name: "báo cáo" });
  });

  it.each([
    ["../../etc/passwd", "path"],
    ["..\\..\\boot.ini", "path"],
    ["C:\\x.pdf", "path"],
    ["c:x.pdf", "path"],
    ["/etc/passwd", "path"],
    ["hồ sơ/quyết định.pdf", "path"],
    ["..", "path"],
    ["", "empty"],
    ["   ", "empty"],
    ["tệp\u0000.pdf", "control"],
    ["báo cáo\r\nX-Header: 1.pdf", "control"],
    ["hoadon\u202Efdp.exe", "control"],
    ["ạ".repeat(maxFileNameLength + 1) + ".pdf", "too_long"],
  ])("refuses %j (%s) rather than cutting it", (raw, reason) => {
    expect(sanitizeFileName(raw)).toEqual({ ok: false, reason });
  });

  it("accepts a name of exactly the maximum length", () => {
    const name = "ạ".repeat(maxFileNameLength - 4) + ".pdf";
    expect(sanitizeFileName(name)).toEqual({ ok: true, name });
  });

  it("gives a download header with the Vietnamese name and an ASCII fallback", () => {
    const result = sanitizeFileName("Kế hoạch kiểm tra năm 2026 (Đợt 1).xlsx");
    if (!result.ok) throw new Error("refused");
    const header = contentDisposition(result.name);
    expect(header).toContain('filename="Ke hoach kiem tra nam 2026 (Dot 1).xlsx"');
    expect(header).toContain(`filename*=UTF-8''${encodeURIComponent(result.name)}`);
    expect(header).not.toMatch(/[^\x20-\x7e]/);
  });
});

describe("safeFileName", () => {
  it("keeps Vietnamese names, in NFC", () => {
    const name = "Danh mục đơn vị – Sở Tư pháp.xlsx";
    expect(safeFileName(name.normalize("NFD"))).toBe(name.normalize("NFC"));
  });

  it.each([
    ["../../etc/passwd", ".._.._etc_passwd"],
    ["..\\..\\boot.ini", ".._.._boot.ini"],
    ["hồ sơ/quyết định.pdf", "hồ sơ_quyết định.pdf"],
    ["tệp\u0000.pdf", "tệp_.pdf"],
    ["báo cáo\r\nX-Header: 1.pdf", "báo cáo__X-Header_ 1.pdf"],
    ["hoadon\u202Efdp.exe", "hoadon_fdp.exe"],
    ['  Quy trình   ISO:  "kiểm soát" <v2>?.docx  ', "Quy trình ISO_ _kiểm soát_ _v2__.docx"],
  ])("makes %j safe rather than refusing it: %j", (raw, expected) => {
    expect(safeFileName(raw)).toBe(expected);
  });

  it("falls back when nothing is left", () => {
    expect(safeFileName("")).toBe("tep");
    expect(safeFileName(" .. ")).toBe("tep");
    expect(safeFileName("", { fallback: "danh-muc" })).toBe("danh-muc");
  });

  it("cuts a long name by characters, keeping the extension", () => {
    const cut = safeFileName("ạ".repeat(maxFileNameLength + 50) + ".xlsx");
    expect([...cut]).toHaveLength(maxFileNameLength);
    expect(cut).toBe("ạ".repeat(maxFileNameLength - 5) + ".xlsx");
    expect(safeFileName("báo cáo năm.pdf", { maxLength: 8 })).toBe("báo.pdf");
  });

  it("gives what sanitizeFileName accepts unchanged", () => {
    for (const raw of ["Biên bản.pdf", "Quy trình ISO: v2.docx", "báo cáo. . ."]) {
      const result = sanitizeFileName(raw);
      expect(result.ok && result.name).toBe(safeFileName(raw));
    }
  });
});
