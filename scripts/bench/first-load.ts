// First-load JavaScript of every page (run by `npm run bench` after the build, or alone on a built clone:
// `npm run bench -- first-load`). What a browser fetches to run a page the first time: every `<script src>`
// chunk of its HTML (bytes, and gzip bytes at level 9 as a compressing proxy serves them; `nomodule` polyfills,
// which browsers with ES modules never fetch, are shown apart and not counted), and apart from it the
// page's inline React Server Components payload (`self.__next_f.push`, which carries the rendered tree and the
// props of client components — and with them whatever messages are handed to them).
//
// The pages are every `page.tsx` under app/ (scripts/bench/first-load-routes.ts finds them on disk and holds one
// sample URL per route on the seeded 2021 data, opened with the demo role that may open it). A route with no
// sample fails the case before anything runs. Target: the `<script src>` JS of every page ≤ 150 KiB gzip
// (150 × 1024 bytes); a miss names the route and its largest chunks. The about page /gioi-thieu, which has no
// client component of its own, is the baseline of the ratio column.
//
// The catalogue check: sentences of message namespaces that a page never shows (the registry import, the audit
// log, English when reading in Vietnamese) are looked for in everything the page ships, except on the page that
// shows the sentence itself. Found: the catalogues ship whole, and the case misses its target (exit 1).
import { gzipSync } from "node:zlib";
import { createDb } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import type { Role } from "@/lib/generated/prisma/enums";
import { demoAccounts, demoPassword } from "@/prisma/seed/demo";
import { seed } from "@/prisma/seed/seed";
import { signIn } from "./http.mjs";
import { benchDatabase } from "./database";
import { pageRoutes, sampleWorld, samples } from "./first-load-routes";
import { freePort } from "../lib/net.mjs";
import { hasBuild, startNext } from "./next";

/** The target for each page's `<script src>` JavaScript, gzip bytes. */
const targetGzip = 150 * 1024;

/**
 * Sentences a page reading Vietnamese never renders (checked against lib/i18n/messages at build time), except the
 * pages under `on`, whose layout hands that namespace to its client components.
 */
const markers: { text: string; on?: string }[] = [
  // agencies.import.tooLarge (the registry upload page), in both languages; plans say the same of 20 MB.
  { text: "Tệp lớn hơn {max} MB", on: "/co-quan" },
  { text: "The file is larger than {max} MB" },
  // audit.lead, rendered by the audit log page itself.
  { text: "Mọi thay đổi dữ liệu đều được ghi lại", on: "/quan-tri/nhat-ky" },
  // app.name in English, never on a page read in Vietnamese.
  { text: "QMS inspection" },
];

type Chunk = { source: string; bytes: number; gzip: number; text: string };
type Shipped = {
  chunks: Chunk[];
  js: number;
  jsGzip: number;
  inline: number;
  inlineGzip: number;
  noModuleGzip: number;
  text: string;
};

const chunkCache = new Map<string, Promise<Chunk>>();
function chunk(base: string, source: string): Promise<Chunk> {
  let pending = chunkCache.get(source);
  if (!pending) {
    pending = (async () => {
      const response = await fetch(new URL(source, base));
      if (response.status !== 200) throw new Error(`${source}: HTTP ${response.status}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      return { source, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, text: bytes.toString("utf8") };
    })();
    chunkCache.set(source, pending);
  }
  return pending;
}

async function firstLoad(base: string, pathName: string, cookie: string): Promise<Shipped> {
  const response = await fetch(`${base}${pathName}`, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`HTTP ${response.status} ${response.headers.get("location") ?? ""}`);
  const html = await response.text();
  // `<script nomodule>` (Next's polyfills) is fetched only by browsers without ES modules: counted apart.
  const tags = [...html.matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)].map((m) => ({
    source: (m[2] ?? "").replace(/&amp;/g, "&"),
    noModule: /\bnomodule\b/i.test(`${m[1]} ${m[3]}`),
  }));
  const sources = [...new Set(tags.filter((t) => !t.noModule).map((t) => t.source))];
  const legacy = [...new Set(tags.filter((t) => t.noModule).map((t) => t.source))];
  const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? "")
    .filter((body) => body.includes("self.__next_f"))
    .join("\n");
  const chunks = await Promise.all(sources.map((source) => chunk(base, source)));
  const legacyChunks = await Promise.all(legacy.map((source) => chunk(base, source)));
  const inlineBytes = Buffer.from(inline, "utf8");
  return {
    chunks,
    js: chunks.reduce((n, c) => n + c.bytes, 0),
    jsGzip: chunks.reduce((n, c) => n + c.gzip, 0),
    inline: inlineBytes.length,
    inlineGzip: gzipSync(inlineBytes, { level: 9 }).length,
    noModuleGzip: legacyChunks.reduce((n, c) => n + c.gzip, 0),
    text: inline + chunks.map((c) => c.text).join("\n"),
  };
}

const within = (route: string, prefix: string) => route === prefix || route.startsWith(`${prefix}/`);
/** What a chunk mostly is, from words its minified code keeps (for the shared chunks' list). */
const guess = (text: string) =>
  /ZodError/.test(text)
    ? "zod"
    : /react-dom/.test(text)
      ? "react-dom"
      : /serverActionReducer/.test(text)
        ? "next router"
        : /selectordinal/.test(text)
          ? "use-intl, intl-messageformat"
          : "";
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const chunkName = (source: string) => source.replace(/^\/_next\/static\/chunks\//, "").replace(/\?.*$/, "");

async function main() {
  const routes = pageRoutes();
  const unsampled = routes.filter((route) => !Object.hasOwn(samples, route));
  const stale = Object.keys(samples).filter((route) => !routes.includes(route));
  if (unsampled.length || stale.length) {
    for (const route of unsampled)
      console.error(
        `first-load: no sample URL for the page ${route}: add one to samples in scripts/bench/first-load-routes.ts`,
      );
    for (const route of stale)
      console.error(`first-load: a sample for ${route}, which is no page under app/: remove it`);
    process.exitCode = 1;
    return;
  }
  if (!hasBuild()) throw new Error("no build: run `npx next build` first (npm run bench does)");
  const target = await benchDatabase("qms_bench_first_load");
  try {
    await migrate({ connectionString: target.url });
    await seed(target.url, { demo: true });
    const db = createDb(target.url, 2);
    const world = await sampleWorld(db).finally(() => db.$disconnect());
    const port = await freePort();
    const stop = await startNext(target.url, port);
    const base = `http://127.0.0.1:${port}`;
    try {
      const planned = routes.map((route) => ({ route, ...samples[route]!(world) }));
      const cookies = new Map<Role, string>();
      for (const role of new Set(planned.flatMap((p) => (p.role ? [p.role] : [])))) {
        const email = demoAccounts.find((a) => a.role === role)!.email;
        cookies.set(role, await signIn(base, email, demoPassword));
      }
      const rows: ({ route: string; url: string; role: Role | null } & (Shipped | { error: string }))[] = [];
      for (const page of planned) {
        const cookie = page.role ? cookies.get(page.role)! : "";
        try {
          rows.push({ ...page, ...(await firstLoad(base, page.url, cookie)) });
        } catch (error) {
          rows.push({ ...page, error: error instanceof Error ? error.message : String(error) });
        }
      }
      report(rows, target.label);
    } finally {
      await stop();
    }
  } finally {
    await target.stop();
  }
}

function report(
  rows: ({ route: string; url: string; role: Role | null } & (Shipped | { error: string }))[],
  label: string,
) {
  const measured = rows.filter((r): r is (typeof rows)[number] & Shipped => !("error" in r));
  const baseline = measured.find((r) => r.route === "/gioi-thieu");
  const shared = measured.length
    ? measured[0]!.chunks.filter((c) => measured.every((r) => r.chunks.some((d) => d.source === c.source)))
    : [];
  const sharedSources = new Set(shared.map((c) => c.source));
  console.log(
    `\nFirst-load JS per page (${label}; gzip level 9 as a compressing proxy would serve it; KiB = 1024 bytes; target: <script src> JS ≤ ${targetGzip / 1024} KiB gzip)`,
  );
  console.log(
    "| route | sample URL | role | scripts | JS KiB | JS gzip KiB | ≤ 150 | inline RSC KiB | inline RSC gzip KiB | JS gzip vs /gioi-thieu | nomodule gzip KiB | catalogue sentences |",
  );
  console.log("|---|---|---|---:|---:|---:|:-:|---:|---:|---:|---:|---:|");
  const misses: string[] = [];
  let leaks = 0;
  for (const r of rows) {
    if ("error" in r) {
      misses.push(`${r.route}: ${r.url} answered ${r.error}`);
      console.log(`| ${r.route} | ${r.url} | ${r.role ?? "—"} | — | — | — | ✗ | — | — | — | — | — |`);
      continue;
    }
    const found = markers.filter((m) => !(m.on && within(r.route, m.on)) && r.text.includes(m.text));
    leaks += found.length;
    if (r.jsGzip > targetGzip) {
      const own = r.chunks
        .filter((c) => !sharedSources.has(c.source))
        .sort((a, b) => b.gzip - a.gzip)
        .slice(0, 3)
        .map((c) => `${chunkName(c.source)} ${kb(c.gzip)} KiB`);
      misses.push(
        `${r.route}: ${kb(r.jsGzip)} KiB gzip > ${targetGzip / 1024} KiB (largest own chunks: ${own.join(", ")})`,
      );
    }
    console.log(
      `| ${r.route} | ${r.url.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "…")} | ${r.role ?? "—"} | ${r.chunks.length} | ${kb(r.js)} | ${kb(r.jsGzip)} | ${r.jsGzip <= targetGzip ? "✓" : "✗"} | ${kb(r.inline)} | ${kb(r.inlineGzip)} | ${baseline ? (r.jsGzip / baseline.jsGzip).toFixed(2) : "—"} | ${kb(r.noModuleGzip)} | ${found.length ? found.map((m) => `"${m.text}"`).join(", ") : "0"} |`,
    );
  }
  console.log(
    `\nChunks every page loads: ${shared.length}, ${kb(shared.reduce((n, c) => n + c.bytes, 0))} KiB, ${kb(shared.reduce((n, c) => n + c.gzip, 0))} KiB gzip.`,
  );
  for (const c of [...shared].sort((a, b) => b.gzip - a.gzip))
    console.log(`  ${chunkName(c.source)} ${kb(c.bytes)} KiB, ${kb(c.gzip)} KiB gzip ${guess(c.text)}`);
  const largest = [...measured].sort((a, b) => b.jsGzip - a.jsGzip).slice(0, 5);
  console.log("Largest pages, and their largest chunks beyond the shared ones (gzip):");
  for (const r of largest) {
    const own = r.chunks
      .filter((c) => !sharedSources.has(c.source))
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 4)
      .map((c) => `${chunkName(c.source)} ${kb(c.gzip)}`);
    console.log(`  ${r.route} ${kb(r.jsGzip)} KiB: ${own.join(", ") || "none"}`);
  }
  if (misses.length) {
    console.error(`\nMissed (${misses.length}):\n  ${misses.join("\n  ")}`);
    process.exitCode = 1;
  }
  if (leaks) {
    console.error(`Missed: ${leaks} sentence(s) of catalogues these pages never show are shipped to them.`);
    process.exitCode = 1;
  }
}

await main();
