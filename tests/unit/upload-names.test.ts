import { describe, expect, it } from "vitest";
import { contentDisposition } from "@/lib/storage";
import { maxFileNameLength, sanitizeFileName } from "@/lib/uploads/names";

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
