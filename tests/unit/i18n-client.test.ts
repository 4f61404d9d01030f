import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { vi } from "@/lib/i18n/messages/vi";

/**
 * What reaches the browser, read from the sources: the modules a "use client" file imports (type-only
 * imports and server actions aside), and the catalogue namespaces their string literals name.
 */
const root = path.resolve(import.meta.dirname, "../..");
const sources = new Map<string, string>();
const read = (file: string) => sources.get(file) ?? sources.set(file, readFileSync(file, "utf8")).get(file)!;

function listFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !f.startsWith("generated"))
    .map((f) => path.join(root, dir, f));
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

function valueImports(file: string): string[] {
  const source = read(file);
  const found: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?([^;]*?)\s*from\s+["']([^"']+)["']/gms)) {
    const named = m[2]!.match(/^\{([^}]*)\}$/s)?.[1];
    const typeOnly =
      m[1] ||
      (named !== undefined &&
        named
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
          .every((s) => s.startsWith("type ")));
    if (!typeOnly) found.push(m[3]!);
  }
  for (const m of source.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) found.push(m[1]!);
  return found.map((spec) => resolveImport(file, spec)).filter((f): f is string => f !== null);
}

const isClient = (file: string) => /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use client["']/.test(read(file));
const isServerAction = (file: string) => /^\s*["']use server["']/.test(read(file));

/** The modules a file brings along (itself included); a server action is a reference, not its code. */
const closures = new Map<string, string[]>();
function closure(entry: string): string[] {
  const known = closures.get(entry);
  if (known) return known;
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file) || (file !== entry && isServerAction(file))) continue;
    seen.add(file);
    stack.push(...valueImports(file));
  }
  closures.set(entry, [...seen]);
  return [...seen];
}

const namespaces = Object.keys(vi);
const keyLiteral = new RegExp(`["'\`](${namespaces.join("|")})\\.[A-Za-z_$]`, "g");
const withoutComments = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
const namespacesIn = (file: string) => [...withoutComments(read(file)).matchAll(keyLiteral)].map((m) => m[1]!);

const clientModules = ["app", "components", "lib"].flatMap(listFiles).filter(isClient);
const rel = (file: string) => path.relative(root, file);

describe("what the browser gets of the catalogues", () => {
  it("no client module brings a catalogue, the server's translator or its picker along", () => {
    const serverOnly = /lib\/i18n\/(index|server|request|client-messages)\.ts$|lib\/i18n\/messages\/(vi|en|domains\/)/;
    expect(clientModules.length).toBeGreaterThan(30);
    const leaks = clientModules.flatMap((c) =>
      closure(c)
        .filter((f) => serverOnly.test(f))
        .map((f) => `${rel(c)} → ${rel(f)}`),
    );
    expect(leaks).toEqual([]);
  }, 30_000);

  it("every route's client components get the namespaces they use from the nearest segment layout", () => {
    const common = [
      ...read(path.join(root, "lib/i18n/client-messages.ts")).matchAll(/commonNamespaces = \[([^\]]*)\]/g),
    ].flatMap((m) => [...m[1]!.matchAll(/"(\w+)"/g)].map((n) => n[1]!));
    expect(common).toContain("errors");
    /** The namespaces a layout.tsx in `dir` gives through ClientMessages, or null when it gives none. */
    const given = (dir: string): string[] | null => {
      const layout = path.join(dir, "layout.tsx");
      if (!existsSync(layout)) return null;
      const source = read(layout);
      if (!source.includes("<ClientMessages")) return null;
      const list = source.match(/namespaces=\{\[([^\]]*)\]\}/)?.[1] ?? "";
      return [...common, ...[...list.matchAll(/"(\w+)"/g)].map((m) => m[1]!)];
    };
    const routes = listFiles("app").filter((f) => /\/(page|layout|error|not-found|loading|template)\.tsx$/.test(f));
    const missing: string[] = [];
    for (const route of routes) {
      // A layout's own markup is rendered by its parent's provider; a page's by its folder's.
      let dir = path.dirname(route);
      if (route.endsWith("layout.tsx")) dir = path.dirname(dir);
      let provided: string[] | null = null;
      for (; provided === null && dir.startsWith(path.join(root, "app")); dir = path.dirname(dir))
        provided = given(dir);
      const used = new Set(
        closure(route)
          .filter(isClient)
          .flatMap((c) => closure(c).flatMap(namespacesIn)),
      );
      for (const ns of used) if (!provided?.includes(ns)) missing.push(`${rel(route)}: ${ns}`);
    }
    expect(missing).toEqual([]);
  }, 30_000);
});
