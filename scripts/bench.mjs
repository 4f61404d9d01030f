// `npm run bench`: performance figures as ratios against a baseline measured in the same run (never a
// timed test). Starts the app the way `npm start` does, on a data folder of its own, then measures:
//  - time from `npm start` to a healthy app on an installed and built clone (fresh and existing data folder);
//  - requests/s and p95 latency of /api/health and of the signed-in home and list pages, against the database-free
//    /gioi-thieu and against /phien, a signed-in page that reads the session only (target: ≥ 0.5× of /phien);
//  - the registry list's data function against the raw SQL of the same query, and a 10,000-row import;
//  - a 20 MB upload through receiveUpload and through the app's route against a plain file copy, and server
//    memory during parallel uploads;
//  - inspections: opening one (80 items, 200 evidence links) against raw SQL, saving an item against a no-op
//    server action, generating the 2021 plan's inspections against an SQL copy of the same rows;
//  - the audit chain: audited transactions with the sealing trigger on against off;
//  - load: 200 simulated users of every role for 60 s (pages and item saves), 0 errors;
//  - reminders: the deadline sweep over 100,000 synthetic findings against its raw SQL; the job queue's
//    jobs/s for a real job against a no-op job;
//  - first-load JS of every page (each app/**/page.tsx, a sample URL on the seeded 2021 data, the role that opens
//    it): `<script src>` JS gzip ≤ 150 KiB per page, the inline RSC payload apart; no message catalogue shipped whole;
//  - documents: the November report of a national-scale synthetic year as DOCX and PDF against its document model;
//  - dashboard: each section on the national data set against its raw SQL, and /tong-quan's p95 under load;
//  - lists: the registry, inspections, findings and records lists' data functions on the national-scale data set
//    against their raw SQL (same ids in the same order, ≤ 2×).
// Later issues add their cases to `cases` below. BENCH_SECONDS, BENCH_PAGE_ROUNDS and BENCH_CONNECTIONS tune the load.
// `npm run bench -- load` (or registry, uploads, inspections) runs only the named cases; other arguments
// (e.g. `--embedded` for the load case) go to them. `npm run bench -- pages` runs only the pages' requests/s
// (no start-up figures, no script cases); BENCH_PAGES narrows it to the pages whose path contains one of its
// comma-separated words (the two baselines always run), e.g. BENCH_PAGES=/kiem-tra,/co-quan.
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDependencies, root, run } from "./lib/bootstrap.mjs";
import { freePort, waitHealthy } from "./lib/net.mjs";
import { buildIsStale, recordBuild } from "./lib/build-fingerprint.mjs";
import { loadRounds, signIn } from "./bench/http.mjs";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_PAGE_ROUNDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 8);
const startRuns = Number(process.env.BENCH_START_RUNS ?? 3);

/** Runs `npm start` (scripts/start.mjs) and resolves when /api/health answers 200. */
async function startApp(dataDir, port) {
  const started = performance.now();
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  if (!(await waitHealthy(`http://127.0.0.1:${port}/api/health`, child, { intervalMs: 50 })))
    throw new Error("npm start exited before it was healthy");
  return {
    seconds: (performance.now() - started) / 1000,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "—");

ensureDependencies({ quiet: true });
if (await buildIsStale(root)) {
  // Measured start-ups are of a built clone: build first, outside the figures.
  if (
    run(path.join(root, "node_modules", ".bin", "next"), ["build"], {
      env: { ...process.env, NODE_ENV: "production" },
    }) !== 0
  )
    process.exit(1);
  await recordBuild(root);
}
// The cases below run in scripts of their own; each exits non-zero when it misses its target.
const scripts = {
  // Registry: the list's data function against its raw SQL, and a 10,000-row import.
  registry: "scripts/bench/registry.ts",
  // Uploads: 20 MB upload throughput against a plain copy (also through the app), and memory of 4 parallel uploads.
  uploads: "scripts/bench/uploads.ts",
  // Inspections: open vs raw SQL, save vs a no-op action over HTTP, generation vs SQL copy.
  inspections: "scripts/bench/inspections.ts",
  // Audit chain: audited transactions with the sealing trigger on against off (8 parallel writers; a 10,000-row import).
  "audit-chain": "scripts/bench/audit-chain.ts",
  // Load: BENCH_LOAD_USERS users (200) for BENCH_LOAD_SECONDS (60) on the built app, 0 errors.
  load: "scripts/bench/load.ts",
  // Reminders: the deadline sweep over 100,000 findings against its raw SQL (≤ 1.5×); queue jobs/s against a no-op job.
  reminders: "scripts/bench/reminders.ts",
  // First-load JS of every page (JS gzip ≤ 150 KiB each, inline RSC apart), and no catalogue shipped whole.
  "first-load": "scripts/bench/first-load.ts",
  // Documents: the November report of a national-scale synthetic year (npm run seed:scale) rendered as DOCX and PDF
  // against building the same document model.
  documents: "scripts/bench/documents.ts",
  // Dashboard at national scale: each section against its raw SQL (≤ 1.5×), /tong-quan's p95 (< 300 ms) against /phien.
  dashboard: "scripts/bench/dashboard.ts",
  // Lists: registry, inspections, findings and records on the national-scale data set (npm run seed:scale), each
  // list's data function as its page calls it against hand-written SQL of the same rows (≤ 2×).
  lists: "scripts/bench/lists.ts",
};
// Cases that import what React's server build breaks (the app's message catalogue through use-intl; for lists,
// next/navigation through the session behind scopeFor): they run as plain Node with `server-only` resolved to an
// empty module instead (scripts/lib/server-only-register.mjs).
const plainNode = new Set(["reminders", "documents", "dashboard", "lists"]);
const runScripts = (names, args = []) => {
  const missed = names.filter(
    (name) =>
      run(process.execPath, [
        ...(plainNode.has(name)
          ? ["--import", "./scripts/lib/server-only-register.mjs"]
          : ["--conditions=react-server"]),
        "--import",
        "tsx",
        scripts[name],
        ...args,
      ]) !== 0,
  );
  if (missed.length) {
    console.error(`\nMissed a target (or failed): ${missed.map((name) => scripts[name]).join(", ")}`);
    process.exit(1);
  }
};
const named = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const pagesOnly = named.length === 1 && named[0] === "pages";
const unknown = pagesOnly ? [] : named.filter((name) => !Object.hasOwn(scripts, name));
if (unknown.length) {
  console.error(`Unknown bench case: ${unknown.join(", ")} (cases: ${Object.keys(scripts).join(", ")})`);
  process.exit(1);
}
if (named.length && !pagesOnly) {
  runScripts(
    named,
    process.argv.slice(2).filter((a) => a.startsWith("-")),
  );
  process.exit(0);
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "qms-bench-"));
chmodSync(dataDir, 0o755); // as root, the embedded server runs as `postgres`, which must reach its folder
const rows = [];
const slowPages = [];
const pagesDone = Symbol("pages measured"); // `bench -- pages`: skips the start-up table
try {
  // 1. Start-up. The first start creates the data folder (migrations, seed); later ones reuse it.
  const port = await freePort();
  const first = await startApp(dataDir, port);
  await first.stop();
  const warm = [];
  for (let i = 0; i < (pagesOnly ? 0 : startRuns); i++) {
    const app = await startApp(dataDir, port);
    warm.push(app.seconds);
    await app.stop();
  }

  // 2. Throughput and latency, all against the same running app.
  const app = await startApp(dataDir, port);
  const base = `http://127.0.0.1:${port}`;
  try {
    const cookie = await signIn(base, "quantri@sokhcn.example", "AnGiang@2021");
    // The signed-in pages are measured against two baselines: the database-free about page, and /phien, a
    // dynamic page that reads the session and nothing else (target: the home, list and dashboard pages ≥ 0.5× of it).
    const signedIn = (name, url) => ({ name, url: `${base}${url}`, headers: { cookie }, signedIn: true });
    const cases = [
      { name: "page without database /gioi-thieu (baseline)", url: `${base}/gioi-thieu` },
      { name: "GET /api/health", url: `${base}/api/health` },
      { ...signedIn("signed-in page, session only /phien (second baseline)", "/phien"), signedIn: false },
      signedIn("signed-in home / (DOST admin)", "/"),
      signedIn("list: registry /co-quan", "/co-quan"),
      signedIn("list: plans /ke-hoach", "/ke-hoach"),
      signedIn("list: inspections /kiem-tra", "/kiem-tra"),
      signedIn("list: findings /phat-hien", "/phat-hien"),
      signedIn("list: records /ho-so", "/ho-so"),
      signedIn("dashboard /tong-quan?nam=2021", "/tong-quan?nam=2021"),
    ];
    const only = process.env.BENCH_PAGES?.split(",").filter(Boolean);
    if (only) cases.splice(3, cases.length, ...cases.slice(3).filter((c) => only.some((w) => c.url.includes(w))));
    // Interleaved rounds (scripts/bench/http.mjs loadRounds): each page is loaded in slices, each right after a slice of
    // /phien, and its ratio is the median over the rounds of its req/s against /phien's in those paired slices.
    const session = cases.findIndex((c) => c.url.endsWith("/phien"));
    rows.push(...(await loadRounds(cases, { connections, seconds, rounds, baseline: session })));
    const b = rows[0];
    console.log(
      `\nLoad: ${connections} connections, ${rounds} interleaved rounds of ${seconds} s per case (medians of the rounds), database: ${process.env.BENCH_DATABASE_URL ? "BENCH_DATABASE_URL" : "embedded PostgreSQL"}`,
    );
    console.log(
      "| case | req/s | p50 ms | p95 ms | errors | req/s vs baseline | p95 vs baseline | req/s vs /phien (target ≥ 0.5) | each round |",
    );
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---|");
    for (const r of rows) {
      if (r.signedIn && r.ratio < 0.5) slowPages.push(r.name);
      console.log(
        `| ${r.name} | ${fmt(r.rps, 0)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${r.errors} | ${fmt(r.rps / b.rps, 2)} | ${fmt(r.p95 / b.p95, 2)} | ${r.signedIn ? `${fmt(r.ratio, 2)} ${r.ratio >= 0.5 ? "✓" : "✗"}` : ""} | ${r.signedIn ? r.ratios.map((x) => fmt(x, 2)).join(" ") : ""} |`,
      );
    }
  } finally {
    await app.stop();
  }
  if (pagesOnly) throw pagesDone;
  console.log(`\nStart-up (npm start → /api/health 200, installed and built clone):`);
  console.log(`| data folder | runs | median s | min s | max s |`);
  console.log(`|---|---:|---:|---:|---:|`);
  console.log(
    `| new (migrate + seed) | 1 | ${fmt(first.seconds, 2)} | ${fmt(first.seconds, 2)} | ${fmt(first.seconds, 2)} |`,
  );
  console.log(
    `| existing | ${warm.length} | ${fmt(median(warm), 2)} | ${fmt(Math.min(...warm), 2)} | ${fmt(Math.max(...warm), 2)} |`,
  );
} catch (error) {
  if (error !== pagesDone) throw error;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
if (pagesOnly) {
  if (slowPages.length) console.error(`\nSigned-in pages under 0.5× of /phien's requests/s: ${slowPages.join(", ")}`);
  process.exit(slowPages.length ? 1 : 0);
}

// All of the script cases run, and the bench fails at the end if any missed (the slow pages included).
if (slowPages.length) console.error(`\nSigned-in pages under 0.5× of /phien's requests/s: ${slowPages.join(", ")}`);
runScripts(Object.keys(scripts));
if (slowPages.length) process.exit(1);
