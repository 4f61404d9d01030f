import { describe, expect, it } from "vitest";
import { contentDisposition } from "@/lib/uploads/names";

describe("contentDisposition", () => {
  it("keeps the Vietnamese name in filename* and gives an ASCII fallback", () => {
    const header = contentDisposition("Quyết định 346/QĐ-UBND.pdf");
    expect(header).toContain(`filename="Quyet dinh 346_QD-UBND.pdf"`);
    expect(header).toContain(`filename*=UTF-8''${encodeURIComponent("Quyết định 346_QĐ-UBND.pdf")}`);
  });

  it("cannot be broken out of by quotes or line breaks", () => {
    const header = contentDisposition('a"\r\nSet-Cookie: x=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    // One sanitiser for stored names and headers (lib/uploads/names.ts): ":" is one of the characters Windows refuses.
    expect(header.split('filename="')[1]!.split('"')[0]).toBe("a___Set-Cookie_ x=1.pdf");
  });

  it("can ask for the file to be shown inline, under the same name", () => {
    expect(contentDisposition("Ảnh hiện trường.png", "inline")).toBe(
      `inline; filename="Anh hien truong.png"; filename*=UTF-8''${encodeURIComponent("Ảnh hiện trường.png")}`,
    );
  });

  it("falls back to a name of its own when nothing is left, and keeps a long name's extension", () => {
    expect(contentDisposition(" . ")).toBe(`attachment; filename="tep"; filename*=UTF-8''tep`);
    const header = contentDisposition("ạ".repeat(300) + ".pdf");
    expect(header).toContain(`filename*=UTF-8''${encodeURIComponent("ạ".repeat(196) + ".pdf")}`);
  });
});
