import { describe, expect, it } from "vitest";
import { navigationFor } from "@/lib/auth/navigation";
import { roles } from "@/lib/auth/roles";
import { locales, messagesFor, resolve } from "@/lib/i18n";

const adminOnly = ["/quan-tri/nguoi-dung", "/quan-tri/nhat-ky"];

describe("navigationFor", () => {
  it.each(roles)("%s sees the home page, findings and notifications", (role) => {
    const hrefs = navigationFor(role).map((i) => i.href);
    expect(hrefs).toContain("/");
    expect(hrefs).toContain("/phat-hien");
    expect(hrefs).toContain("/khac-phuc");
    expect(hrefs).toContain("/thong-bao");
  });

  it("shows user administration and the audit log to the administrator", () => {
    const hrefs = navigationFor("DOST_ADMIN").map((i) => i.href);
    for (const href of adminOnly) expect(hrefs).toContain(href);
  });

  it.each(roles.filter((r) => r !== "DOST_ADMIN"))("hides administration from %s", (role) => {
    const hrefs = navigationFor(role).map((i) => i.href);
    for (const href of adminOnly) expect(hrefs).not.toContain(href);
  });

  it("labels every entry in both languages", () => {
    for (const role of roles) {
      for (const item of navigationFor(role)) {
        for (const locale of locales)
          expect(resolve(messagesFor(locale), item.label), `${locale}: ${item.label}`).toBeTypeOf("string");
      }
    }
  });
});

describe("checklists in the menu", () => {
  it.each([
    ["DOST_ADMIN", true],
    ["DOST_INSPECTOR", true],
    ["PARTNER_INSPECTOR", true],
    ["AGENCY_OFFICER", false],
    ["COMMITTEE_VIEWER", false],
  ] as const)("%s sees Bảng kiểm: %s", (role, shown) => {
    expect(navigationFor(role).some((i) => i.href === "/bang-kiem")).toBe(shown);
  });
});
