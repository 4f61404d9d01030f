// First-load JavaScript of pages (run by `npm run bench` after the build, or alone on a built clone:
// `npm run bench -- first-load`). What a browser fetches to run a page the first time: every
// `<script src>` chunk of its HTML (bytes, and gzip bytes as a compressing proxy serves them) plus the
// page's inline React Server Components payload (`self.__next_f.push`, which carries the props of client
// components — and with them whatever messages are handed to them). The about page /gioi-thieu, which has
// no client component of its own, is the baseline: the ratios say what each page adds to the framework.
//
// The catalogue check: sentences of message namespaces that the measured pages never show (the registry
// import, the audit log, English when reading in Vietnamese) are looked for in everything the page ships.
// Found: the catalogues ship whole, and the case misses its target (exit 1).
import { gzipSync } from "node:zlib";
import { migrate } from "@/lib/db/migrate";
import { demoPassword } from "@/prisma/seed/demo";
import { seed } from "@/prisma/seed/seed";
import { signIn } from "./http.mjs";
import { benchDatabase } from "./database";
import { freePort } from "../lib/net.mjs";
import { hasBuild, startNext } from "./next";

/** Sentences the measured pages never render in Vietnamese (checked against lib/i18n/messages at build time). */
const markers = [
  // agencies.import.tooLarge (the registry upload page), in both languages; plans say the same of 20 MB.
  "Tệp lớn hơn {max} MB",
  "The file is larger than {max} MB",
  // audit.lead (the audit log page).
  "Mọi thay đổi dữ liệu đều được ghi lại",
  // app.name in English, never on a page read in Vietnamese.
  "QMS inspection",
];

type Shipped = { scripts: number; js: number; jsGzip: number; inline: number; inlineGzip: number; text: string };

async function firstLoad(base: string, pathName: string, cookie: string): Promise<Shipped> {
  const response = await fetch(`${base}${pathName}`, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${pathName}: HTTP ${response.status}`);
  const html = await response.text();
  const sources = [
    ...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&"))),
  ];
  const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? "")
    .filter((body) => body.includes("self.__next_f"))
    .join("\n");
  let js = 0;
  let jsGzip = 0;
  let text = inline;
  for (const source of sources) {
    const chunk = await fetch(new URL(source, base));
    const bytes = Buffer.from(await chunk.arrayBuffer());
    js += bytes.length;
    jsGzip += gzipSync(bytes, { level: 9 }).length;
    text += bytes.toString("utf8");
  }
  const inlineBytes = Buffer.from(inline, "utf8");
  return {
    scripts: sources.length,
    js,
    jsGzip,
    inline: inlineBytes.length,
    inlineGzip: gzipSync(inlineBytes, { level: 9 }).length,
    text,
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main() {
  if (!hasBuild()) throw new Error("no build: run `npx next build` first (npm run bench does)");
  const target = await benchDatabase("qms_bench_first_load");
  try {
    await migrate({ connectionString: target.url });
    await seed(target.url, { demo: true });
    const port = await freePort();
    const stop = await startNext(target.url, port);
    const base = `http://127.0.0.1:${port}`;
    try {
      const admin = await signIn(base, "quantri@sokhcn.example", demoPassword);
      const pages = [
        { name: "/gioi-thieu, about (baseline)", path: "/gioi-thieu", cookie: "" },
        { name: "/dang-nhap, sign-in", path: "/dang-nhap", cookie: "" },
        { name: "/bang-kiem, checklists (DOST admin)", path: "/bang-kiem", cookie: admin },
        { name: "/ke-hoach, plans (DOST admin)", path: "/ke-hoach", cookie: admin },
      ];
      const rows: (Shipped & { name: string })[] = [];
      for (const page of pages) rows.push({ name: page.name, ...(await firstLoad(base, page.path, page.cookie)) });
      const [b] = rows;
      if (!b) throw new Error("no page measured");
      console.log(`\nFirst-load JS (${target.label}; gzip level 9 as a compressing proxy would serve it)`);
      console.log(
        "| page | scripts | JS KiB | JS gzip KiB | inline RSC KiB | total gzip KiB | gzip vs baseline | catalogue sentences |",
      );
      console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
      let leaks = 0;
      for (const r of rows) {
        const found = markers.filter((m) => r.text.includes(m)).length;
        if (r !== b) leaks += found;
        const total = r.jsGzip + r.inlineGzip;
        console.log(
          `| ${r.name} | ${r.scripts} | ${kb(r.js)} | ${kb(r.jsGzip)} | ${kb(r.inline)} | ${kb(total)} | ${(total / (b.jsGzip + b.inlineGzip)).toFixed(2)} | ${found} of ${markers.length} |`,
        );
      }
      if (leaks) {
        console.error(`Missed: ${leaks} sentence(s) of catalogues these pages never show are shipped to them.`);
        process.exitCode = 1;
      }
    } finally {
      await stop();
    }
  } finally {
    await target.stop();
  }
}

await main();
