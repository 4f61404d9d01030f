import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { auditEventSchemas } from "@/lib/audit/schema";
import { errorCodes } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { createTranslator as createIntlTranslator } from "next-intl";
import { createTranslator, interpolate, locales, messagesFor, resolve, type Messages } from "@/lib/i18n";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";

/** Every message of a catalogue by its dotted key. */
function entries(node: unknown, prefix: string[] = []): [string, string][] {
  if (typeof node === "string") return [[prefix.join("."), node]];
  expect(node, `catalogue node ${prefix.join(".")}`).toBeTypeOf("object");
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => entries(value, [...prefix, key]));
}

/** The ICU arguments of a message ({name}, {count, plural, …}, also inside plural branches), sorted. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const visit = (elements: unknown[]) => {
    for (const el of elements as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (el.value !== undefined && el.type !== 0 && el.type !== 7 && el.type !== 8) names.add(el.value);
      for (const option of Object.values(el.options ?? {})) visit(option.value);
    }
  };
  visit(new IntlMessageFormat(message, locale).getAst());
  return [...names].sort();
}

describe("message catalogues", () => {
  it("vi and en have exactly the same keys", () => {
    const viKeys = entries(vi).map(([k]) => k);
    const enKeys = entries(en).map(([k]) => k);
    expect(viKeys.length).toBeGreaterThan(50);
    expect(enKeys.filter((k) => !viKeys.includes(k))).toEqual([]);
    expect(viKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it("no key contains a dot (next-intl reads dots as nesting)", () => {
    const dotted = (node: unknown, at: string): string[] =>
      node && typeof node === "object"
        ? Object.entries(node).flatMap(([k, v]) => [
            ...(k.includes(".") ? [`${at}${k}`] : []),
            ...dotted(v, `${at}${k}›`),
          ])
        : [];
    expect(dotted(vi, "")).toEqual([]);
    expect(dotted(en, "")).toEqual([]);
  });

  it("has no empty message", () => {
    for (const locale of locales) {
      expect(
        entries(messagesFor(locale)).filter(([, m]) => m.trim() === ""),
        locale,
      ).toEqual([]);
    }
  });

  it("every message is valid ICU, with the same arguments in Vietnamese and English", () => {
    const english = new Map(entries(en));
    for (const [key, message] of entries(vi)) {
      expect(() => argumentsOf(message, "vi"), `vi: ${key}`).not.toThrow();
      expect(() => argumentsOf(english.get(key)!, "en"), `en: ${key}`).not.toThrow();
      expect(argumentsOf(english.get(key)!, "en"), key).toEqual(argumentsOf(message, "vi"));
    }
  });

  it("no English message says a count with a fixed plural: plurals go through ICU", () => {
    const fixed = entries(en).filter(([, m]) => /\{(count|total|units|rows|findings|inspections)\} [a-z]+s\b/.test(m));
    expect(fixed).toEqual([]);
  });

  it("labels every audit event type in both languages", () => {
    for (const type of Object.keys(auditEventSchemas)) {
      for (const locale of locales) {
        const label = resolve(messagesFor(locale), `audit.types.${type}`);
        expect(label, `${locale}: audit.types.${type}`).toBeTypeOf("string");
        expect(label).not.toBe("");
      }
    }
  });

  it("has a message for every error code", () => {
    for (const code of errorCodes) {
      for (const locale of locales)
        expect(resolve(messagesFor(locale), `errors.${code}`), `${locale}: errors.${code}`).toBeTypeOf("string");
    }
  });
});

const namespaces = Object.keys(vi) as (keyof Messages)[];

/** Complete catalogue keys written as string literals in app/, components/ and lib/ (not those built with `${}`). */
function literalKeys(): Map<string, string> {
  const root = path.resolve(import.meta.dirname, "../..");
  const pattern = new RegExp(`["'\`]((?:${namespaces.join("|")})\\.[A-Za-z0-9_.]*[A-Za-z0-9_])["'\`]`, "g");
  const found = new Map<string, string>();
  for (const dir of ["app", "components", "lib"]) {
    const files = readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" }).filter(
      (f) => /\.tsx?$/.test(f) && !f.startsWith("generated") && !f.startsWith("i18n/messages"),
    );
    for (const file of files) {
      for (const match of readFileSync(path.join(root, dir, file), "utf8").matchAll(pattern))
        found.set(match[1]!, `${dir}/${file}`);
    }
  }
  return found;
}

describe("keys used by the code", () => {
  it("every literal key in app/, components/ and lib/ is a message (or a notice's title and body)", () => {
    const keys = literalKeys();
    expect(keys.has("users.agencyRequired")).toBe(true);
    expect(keys.has("auth.wrongCurrentPassword")).toBe(true);
    expect(keys.has("documents.upload.failed")).toBe(true);
    const auditTypes = new Set(Object.keys(auditEventSchemas));
    for (const locale of locales) {
      const messages = messagesFor(locale);
      const unknown = [...keys].filter(
        ([key]) =>
          resolve(messages, key) === undefined &&
          !(resolve(messages, `${key}.title`) && resolve(messages, `${key}.body`)) &&
          !auditTypes.has(key),
      );
      expect(unknown, locale).toEqual([]);
    }
  });
});

describe("resolve", () => {
  it("finds nested keys, audit types included", () => {
    expect(resolve(en, "errors.FORBIDDEN")).toBe(en.errors.FORBIDDEN);
    expect(resolve(en, "audit.types.auth.sign_in.failed")).toBe("Failed sign-in");
    expect(resolve(vi, "audit.types.auth.sign_in.failed")).toBe(vi.audit.types.auth.sign_in.failed);
    expect(resolve(vi, "audit.types.user.created")).toBe(vi.audit.types.user.created);
  });

  it("returns undefined for unknown keys and for groups", () => {
    expect(resolve(vi, "errors.noSuchKey")).toBeUndefined();
    expect(resolve(vi, "errors")).toBeUndefined();
    expect(resolve(vi, "audit.types.no.such.type")).toBeUndefined();
  });
});

describe("interpolate and createTranslator", () => {
  it("fills named parameters and plurals; a missing parameter leaves the template as written", () => {
    expect(interpolate("Xin chào, {name}", { name: "An" })).toBe("Xin chào, An");
    expect(interpolate("{count} người dùng", { count: 3 })).toBe("3 người dùng");
    expect(interpolate("{n, plural, one {# item} other {# items}}", { n: 1 }, "en")).toBe("1 item");
    expect(interpolate("Mã {id}", {})).toBe("Mã {id}");
  });

  it("translates into the chosen language", () => {
    const tVi = createTranslator("vi");
    const tEn = createTranslator("en");
    expect(tVi("nav.home")).toBe(vi.nav.home);
    expect(tEn("nav.home")).toBe(en.nav.home);
    expect(tVi("nav.home")).not.toBe(tEn("nav.home"));
    expect(tVi("home.greeting", { name: "Lan" })).toBe(vi.home.greeting.replace("{name}", "Lan"));
    expect(tEn("home.greeting", { name: "Lan" })).toContain("Lan");
  });

  it("says one and many in English, and a plain count in Vietnamese", () => {
    const tEn = createTranslator("en");
    const tVi = createTranslator("vi");
    expect(tEn("agencies.count", { count: 1 })).toBe("1 unit");
    expect(tEn("agencies.count", { count: 2 })).toBe("2 units");
    expect(tVi("agencies.count", { count: 1 })).toBe("1 đơn vị");
    expect(tVi("agencies.count", { count: 2 })).toBe("2 đơn vị");
    expect(tEn("agencies.import.summary", { rows: 1, create: 1, update: 0 })).toBe("1 row: 1 new unit, 0 updates.");
    expect(tEn("inspections.signOff.unassessed", { count: 1 })).toBe("1 item is not assessed.");
    expect(tEn("users.sessionsRevoked", { count: 3 })).toBe("3 sessions ended.");
  });

  it("a message with parameters reads as next-intl writes it; a missing parameter still shows the template", () => {
    const intl = (locale: "vi" | "en") =>
      createIntlTranslator({
        locale,
        messages: messagesFor(locale) as never,
        timeZone: "Asia/Ho_Chi_Minh",
      }) as never as (key: string, params?: Record<string, string | number>) => string;
    for (const locale of locales) {
      const t = createTranslator(locale);
      for (const [key, params] of [
        ["agencies.count", { count: 1234 }],
        ["inspections.progressValue", { done: 3, total: 80 }],
        ["inspections.planVersion", { number: "05/KH-SKHCN", version: 2 }],
        ["agencies.import.summary", { rows: 2, create: 1, update: 1 }],
      ] as const) {
        expect(t(key, params), `${locale} ${key}`).toBe(intl(locale)(key, params));
      }
    }
    expect(createTranslator("vi")("home.greeting", {})).toBe(vi.home.greeting); // `name` left out on purpose
  });

  it("raw resolves audit types built at run time and passes text that is already final through", () => {
    expect(createTranslator("en").raw("audit.types.auth.sign_in.locked")).toBe(en.audit.types.auth.sign_in.locked);
    expect(createTranslator("vi").raw("Mật khẩu hiện tại không đúng.")).toBe("Mật khẩu hiện tại không đúng.");
  });

  it("an unknown key is reported, not shown as if it were a message", () => {
    const t = createTranslator("vi");
    expect(() => t.raw("no.such.key")).toThrow(/MISSING_MESSAGE/);
    expect(() => t.raw("audit.types.no.such.type")).toThrow(/MISSING_MESSAGE/);
    expect(() => t.raw("audit.types")).toThrow(/INSUFFICIENT_PATH/);
    // @ts-expect-error a key that is not in the catalogue does not type-check either
    expect(() => t("nav.noSuchKey")).toThrow(/MISSING_MESSAGE/);
  });
});

describe("formatDate", () => {
  it("writes dd/MM/yyyy in Asia/Ho_Chi_Minh", () => {
    // 18:30 UTC is already the next day in Vietnam (UTC+7).
    expect(formatDate(new Date("2021-02-24T18:30:00Z"))).toBe("25/02/2021");
    expect(formatDate(new Date("2021-02-24T16:59:00Z"))).toBe("24/02/2021");
    expect(formatDate("2021-12-18T00:00:00+07:00")).toBe("18/12/2021");
  });

  it("gives an empty string for no date", () => {
    expect(formatDate(null)).toBe("");
    expect(formatDate(undefined)).toBe("");
    expect(formatDateTime(null)).toBe("");
  });

  it("formatDateTime adds the local 24-hour time", () => {
    expect(formatDateTime(new Date("2021-02-24T18:30:00Z"))).toBe("01:30 25/02/2021");
  });
});
