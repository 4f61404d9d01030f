import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditEventSchemas } from "@/lib/audit/schema";
import { errorCodes } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { createTranslator, interpolate, locales, messagesFor, resolve } from "@/lib/i18n";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";

/** Every leaf of a catalogue as a path of keys (keys under audit.types contain dots themselves). */
function leaves(node: unknown, prefix: string[] = []): string[] {
  if (typeof node === "string") return [JSON.stringify(prefix)];
  expect(node, `catalogue node ${prefix.join(" › ")}`).toBeTypeOf("object");
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, [...prefix, key]));
}

describe("message catalogues", () => {
  it("vi and en have exactly the same keys", () => {
    const viKeys = leaves(vi).sort();
    const enKeys = leaves(en).sort();
    expect(viKeys.length).toBeGreaterThan(50);
    expect(enKeys.filter((k) => !viKeys.includes(k))).toEqual([]);
    expect(viKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it("has no empty message", () => {
    for (const locale of locales) {
      const empty = leaves(messagesFor(locale)).filter((k) => {
        const path = JSON.parse(k) as string[];
        const value = path.reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], messagesFor(locale));
        return (value as string).trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
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

/** Catalogue keys written as literals in lib/ (zod messages, AppError keys, field errors, success messages). */
function keysUsedInLib(): string[] {
  const root = path.resolve(import.meta.dirname, "../../lib");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter(
    (f) => f.endsWith(".ts") && !f.startsWith("generated"),
  );
  const keys = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(path.join(root, file), "utf8").matchAll(
      /["'`]((?:errors|users|auth|nav|common)\.[A-Za-z]+)["'`]/g,
    ))
      keys.add(match[1]!);
  }
  return [...keys].sort();
}

describe("keys used by the code", () => {
  it("every message key written in lib/ exists in both catalogues", () => {
    const keys = keysUsedInLib();
    expect(keys).toContain("users.agencyRequired");
    expect(keys).toContain("auth.wrongCurrentPassword");
    for (const locale of locales) {
      expect(
        keys.filter((k) => resolve(messagesFor(locale), k) === undefined),
        locale,
      ).toEqual([]);
    }
  });
});

describe("resolve", () => {
  it("finds nested keys and keys that contain dots", () => {
    expect(resolve(en, "errors.FORBIDDEN")).toBe(en.errors.FORBIDDEN);
    expect(resolve(en, "audit.types.auth.sign_in.failed")).toBe("Failed sign-in");
    expect(resolve(vi, "audit.types.auth.sign_in.failed")).toBe(vi.audit.types["auth.sign_in.failed"]);
    expect(resolve(vi, "audit.types.user.created")).toBe(vi.audit.types["user.created"]);
  });

  it("returns undefined for unknown keys and for groups", () => {
    expect(resolve(vi, "errors.noSuchKey")).toBeUndefined();
    expect(resolve(vi, "errors")).toBeUndefined();
    expect(resolve(vi, "audit.types.no.such.type")).toBeUndefined();
  });
});

describe("interpolate and createTranslator", () => {
  it("fills named parameters and leaves unknown ones as written", () => {
    expect(interpolate("Xin chào, {name}", { name: "An" })).toBe("Xin chào, An");
    expect(interpolate("{count} người dùng", { count: 3 })).toBe("3 người dùng");
    expect(interpolate("Mã {id}", {})).toBe("Mã {id}");
    expect(interpolate("Mã {id}")).toBe("Mã {id}");
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

  it("raw resolves dotted audit keys and returns unknown keys as written", () => {
    expect(createTranslator("en").raw("audit.types.auth.sign_in.locked")).toBe(en.audit.types["auth.sign_in.locked"]);
    expect(createTranslator("vi").raw("no.such.key")).toBe("no.such.key");
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
