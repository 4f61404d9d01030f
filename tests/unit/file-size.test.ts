import { describe, expect, it } from "vitest";
import { formatFileSize } from "@/lib/i18n/format";

describe("formatFileSize", () => {
  it("reads in B, KB and MB with the locale's decimal mark", () => {
    expect(formatFileSize(512)).toBe("512 B");
    expect(formatFileSize(820 * 1024)).toBe("820 KB");
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe("1,3 MB");
    expect(formatFileSize(1.25 * 1024 * 1024, "en")).toBe("1.3 MB");
  });
});
