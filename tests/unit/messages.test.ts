import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { locales, messagesFor, resolve } from "@/lib/i18n";
import { absoluteUrl, publicUrl } from "@/lib/mail/links";
import { renderEmail } from "@/lib/mail/render";
import { renderMessage } from "@/lib/notifications/rendering/message";
import { instant, noticeSchema, translated, translatedList } from "@/lib/notifications/schema";

const base = "https://kiemtra.sokhcn.angiang.gov.vn";
const approved = {
  messageKey: "plans.notify.approve",
  params: { plan: "05/KH-SKHCN (2021)", comment: "346/QĐ-UBND, 25/02/2021" },
};

/** `{name}` placeholders of a template, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every `…notify.<name>` group with a title and a body: what notifications and e-mails store as their key. */
function noticeKeys(node: unknown, prefix: string[] = []): string[] {
  if (!node || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  const own =
    typeof record.title === "string" && typeof record.body === "string" && prefix.includes("notify")
      ? [prefix.join(".")]
      : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => noticeKeys(v, [...prefix, k]))];
}

describe("public address and links", () => {
  it("APP_URL comes first, then NEXTAUTH_URL without next-auth's /api/auth; neither: none", () => {
    expect(publicUrl(parseEnv({ APP_URL: `${base}/`, NEXTAUTH_URL: "http://10.0.0.5:3000" }))).toBe(base);
    expect(publicUrl(parseEnv({ APP_URL: "https://sokhcn.example/kiem-tra/" }))).toBe(
      "https://sokhcn.example/kiem-tra",
    );
    expect(publicUrl(parseEnv({ NEXTAUTH_URL: "https://qms.example/api/auth" }))).toBe("https://qms.example");
    expect(publicUrl(parseEnv({}))).toBeNull();
  });

  it("APP_URL must be an http(s) address without query or fragment", () => {
    for (const bad of [
      "kiemtra.sokhcn.angiang.gov.vn",
      "/ke-hoach",
      "ftp://qms.example",
      "https://qms.example/?a=1",
      "https://qms.example/#x",
    ]) {
      expect(() => parseEnv({ APP_URL: bad }), bad).toThrow(/APP_URL/);
    }
  });

  it("makes paths of the app absolute and refuses anything else", () => {
    expect(absoluteUrl(`${base}/`, "/ke-hoach/1")).toBe(`${base}/ke-hoach/1`);
    expect(absoluteUrl("https://sokhcn.example/kiem-tra", "/ho-so/2")).toBe("https://sokhcn.example/kiem-tra/ho-so/2");
    for (const bad of ["ke-hoach/1", "//evil.example/x", "/\\evil.example", "https://evil.example/"])
      expect(() => absoluteUrl(base, bad), bad).toThrow();
  });
});

describe("stored notices", () => {
  it("take plain values, catalogue keys, lists of keys and instants as parameters; links are paths of the app", () => {
    const params = {
      unit: "UBND xã Mỹ Hoà",
      findings: 2,
      kind: translated("inspections.notify.kind.ON_SITE"),
      categories: translatedList(["documents.categories.ANNUAL_REPORT"]),
      when: instant(new Date("2021-05-17T01:30:00Z")),
    };
    expect(
      noticeSchema.parse({ type: "x", key: "inspections.notify.signedOff", params, link: "/kiem-tra/1" }).params,
    ).toEqual(params);
    expect(noticeSchema.safeParse({ type: "x", key: "a.b", link: "https://evil.example" }).success).toBe(false);
    expect(noticeSchema.safeParse({ type: "x", key: "a.b", link: "//evil.example" }).success).toBe(false);
    expect(noticeSchema.safeParse({ type: "x", key: "a.b", params: { p: { html: "<b>" } } }).success).toBe(false);
    expect(noticeSchema.safeParse({ type: "x", key: "a.b", params: { p: true } }).success).toBe(false);
  });

  it("every notice has the same placeholders in Vietnamese and English", () => {
    const keys = noticeKeys(messagesFor("vi"));
    expect(keys).toEqual(
      expect.arrayContaining(["plans.notify.approve", "documents.notify.requested", "inspections.notify.signedOff"]),
    );
    for (const key of keys) {
      for (const part of ["title", "body"]) {
        const [vi, en] = locales.map((l) => resolve(messagesFor(l), `${key}.${part}`)!);
        expect(placeholders(en!), `${key}.${part}`).toEqual(placeholders(vi!));
      }
    }
  });
});

describe("renderMessage", () => {
  it("renders a stored key in the reader's language, translating parameters stored as keys", () => {
    expect(renderMessage(approved, "vi")).toEqual({
      title: "Kế hoạch 05/KH-SKHCN (2021) đã được phê duyệt",
      body: "UBND tỉnh phê duyệt kế hoạch 05/KH-SKHCN (2021) (346/QĐ-UBND, 25/02/2021).",
    });
    expect(renderMessage(approved, "en")).toEqual({
      title: "Plan 05/KH-SKHCN (2021) was approved",
      body: "The People's Committee approved plan 05/KH-SKHCN (2021) (346/QĐ-UBND, 25/02/2021).",
    });
    const requested = {
      messageKey: "documents.notify.requested",
      params: {
        plan: "05/KH-SKHCN (2021)",
        categories: translatedList([
          "documents.categories.ANNUAL_REPORT",
          "documents.categories.INTERNAL_AUDIT_REPORT",
        ]),
        comment: "",
      },
    };
    expect(renderMessage(requested, "en").body).toBe(
      "DOST asks your unit for these records: Annual QMS report; Internal audit report.",
    );
    expect(renderMessage(requested, "vi").body).toBe(
      `Sở KH&CN đề nghị đơn vị bổ sung các hồ sơ: ${resolve(messagesFor("vi"), "documents.categories.ANNUAL_REPORT")}; ${resolve(messagesFor("vi"), "documents.categories.INTERNAL_AUDIT_REPORT")}.`,
    );
  });

  it("keeps the text of a row from before in every language; parameters that do not parse leave their placeholders", () => {
    expect(renderMessage({ messageKey: null, params: null, title: "Kế hoạch cũ", body: null }, "en")).toEqual({
      title: "Kế hoạch cũ",
      body: "",
    });
    expect(renderMessage({ messageKey: "plans.notify.submit", params: { plan: { html: "<b>" } } }, "en").title).toBe(
      "Plan {plan} awaits approval",
    );
  });
});

describe("renderEmail", () => {
  it("writes the subject, the body, the absolute link and the footer in the recipient's language", () => {
    const mail = renderEmail({ ...approved, locale: "en", link: "/ke-hoach/1", subject: null, body: null }, base);
    expect(mail.subject).toBe("Plan 05/KH-SKHCN (2021) was approved");
    expect(mail.text).toBe(
      `The People's Committee approved plan 05/KH-SKHCN (2021) (346/QĐ-UBND, 25/02/2021).\n\nDetails: ${base}/ke-hoach/1\n\n-- \n${resolve(messagesFor("en"), "mail.footer")}`,
    );
    expect(
      renderEmail({ ...approved, locale: "vi", link: "/ke-hoach/1", subject: null, body: null }, base).text,
    ).toContain(`Xem chi tiết: ${base}/ke-hoach/1`);
  });

  it("sends a row from before with its own text, its link made absolute; an unknown language is Vietnamese", () => {
    const mail = renderEmail(
      {
        messageKey: null,
        params: null,
        locale: "fr",
        link: "/ho-so/1",
        subject: "Hồ sơ mới:\r\nBcc: x@evil.example",
        body: "Nội dung",
      },
      base,
    );
    expect(mail.subject).toBe("Hồ sơ mới: Bcc: x@evil.example");
    expect(mail.text.startsWith(`Nội dung\n\nXem chi tiết: ${base}/ho-so/1\n\n`)).toBe(true);
  });
});
