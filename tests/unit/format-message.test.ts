// The browser's formatter (lib/i18n/format-message) against next-intl, which the server uses: the same text for
// every message of both catalogues, with counts that pick every plural form, text parameters, no parameters,
// and a parameter missing.
import { IntlMessageFormat } from "intl-messageformat";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { timeZone } from "@/lib/i18n/config";
import {
  formatMessage,
  interpolate,
  MessageSyntaxError,
  MissingParamError,
  messageTranslator,
} from "@/lib/i18n/format-message";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";
import { errorPolicy } from "@/lib/i18n/translator";

function entries(node: unknown, prefix: string[] = []): [string, string][] {
  if (typeof node === "string") return [[prefix.join("."), node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => entries(value, [...prefix, key]));
}

/** The arguments of a message: name → whether it is a plural's (ICU AST type 6). */
function argumentsOf(message: string, locale: string): Map<string, boolean> {
  const found = new Map<string, boolean>();
  const visit = (elements: unknown[]) => {
    for (const el of elements as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (el.type === 1 || el.type === 6) found.set(el.value!, found.get(el.value!) || el.type === 6);
      for (const option of Object.values(el.options ?? {})) visit(option.value);
    }
  };
  visit(new IntlMessageFormat(message, locale).getAst());
  return found;
}

const silent = () => {};
const nextIntl = (locale: "vi" | "en", message: string, params?: Record<string, string | number>) => {
  const messages = { m: message };
  return createTranslator({ locale, messages, timeZone, ...errorPolicy(messages, silent, false) })("m", params);
};

describe("the browser's message formatter", () => {
  for (const [locale, catalogue] of [
    ["vi", vi],
    ["en", en],
  ] as const) {
    it(`writes every ${locale} message as next-intl does`, () => {
      const all = entries(catalogue);
      expect(all.length).toBeGreaterThan(1000);
      let compared = 0;
      for (const [key, message] of all) {
        const args = argumentsOf(message, locale);
        const sets: (Record<string, string | number> | undefined)[] = [undefined];
        for (const n of [0, 1, 2, 5, 21, 1234.5]) sets.push(Object.fromEntries([...args.keys()].map((a) => [a, n])));
        sets.push(Object.fromEntries([...args].map(([a, plural]) => [a, plural ? 3 : `Đơn vị 'A' {${a}} #`])));
        if (args.size > 0) sets.push(Object.fromEntries([...args.keys()].slice(1).map((a) => [a, 7])));
        for (const params of sets) {
          const ours = messageTranslator(locale, { m: message }, silent, false)("m", params);
          expect(ours, `${key} ${JSON.stringify(params)}`).toBe(nextIntl(locale, message, params));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(all.length);
    });
  }

  it("reads quoting, offsets and exact forms as ICU does", () => {
    for (const [message, params] of [
      ["It''s {n, plural, =0 {none} one {# item} other {# items}}", { n: 0 }],
      ["'{literal}' and '#' {n, plural, other {'#' is #}}", { n: 4 }],
      ["{n, plural, offset:1 =1 {just you} one {you and # other} other {you and # others}}", { n: 3 }],
      ["{n, plural, one {# mục} other {# mục}}", { n: 12345 }],
      ["a < b, {x}", { x: "y" }],
    ] as const)
      for (const locale of ["vi", "en"] as const)
        expect(formatMessage(message, params, locale), message).toBe(nextIntl(locale, message, params));
  });

  it("refuses what it does not read, and says which parameter is missing", () => {
    expect(() => formatMessage("{x, select, a {A} other {B}}", { x: "a" }, "vi")).toThrow(MessageSyntaxError);
    expect(() => formatMessage("Hello <b>{x}</b>", { x: "a" }, "en")).toThrow(MessageSyntaxError);
    expect(() => formatMessage("{x", { x: "a" }, "vi")).toThrow(MessageSyntaxError);
    expect(() => formatMessage("Mã {id}", {}, "vi")).toThrow(MissingParamError);
  });

  it("throws for an unknown key outside production, and shows the key in production", () => {
    const reports: string[] = [];
    const report = (message: string, fields: Record<string, unknown>) => reports.push(`${message} ${fields.key}`);
    expect(() => messageTranslator("vi", { a: { b: "x" } }, report, true)("a.c")).toThrow(MessageSyntaxError);
    expect(messageTranslator("vi", { a: { b: "x" } }, report, false)("a.c")).toBe("a.c");
    expect(messageTranslator("vi", { a: { b: "x {n}" } }, report, true)("a.b", {})).toBe("x {n}");
    expect(reports).toEqual(["translation failed a.c", "translation failed a.b"]);
    expect(messageTranslator("vi", { a: { b: "x" } }, report, false).raw("Đã lưu")).toBe("Đã lưu");
  });

  it("interpolate leaves a template it cannot fill as written", () => {
    expect(interpolate("{count, plural, other {# tiêu chí chưa đánh giá}}", { count: 1200 }, "vi")).toBe(
      "1.200 tiêu chí chưa đánh giá",
    );
    expect(interpolate("Mã tham chiếu: {id}", {}, "vi")).toBe("Mã tham chiếu: {id}");
  });
});
