// `npm test`: every tier — formatting, lint, type check, migration check, unit, database, end-to-end — then one line
// "N passed, N failed" summed over the tiers. Databases: TEST_DATABASE_URL for both tiers when given; else
// the db tier uses the local PostgreSQL on 127.0.0.1:5432 (a database of its own) when it answers, and the
// e2e tier always the embedded PostgreSQL that `npm start` runs with no configuration (in a temporary
// folder), so the browser tests walk the default set-up. Browser: CHROMIUM_PATH, else /usr/bin/chromium.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { enableTypeScript, ensureDependencies, root } from "./lib/bootstrap.mjs";
import { freePort } from "./lib/net.mjs";

const bin = (name) => path.join(root, "node_modules", ".bin", name);
const reports = path.join(root, "test-results", "reports");
// `npm test -- unit db` runs those tiers; a test file among the arguments (`npm test -- e2e tests/e2e/x.spec.ts`)
// narrows its tier to the files named.
const args = process.argv.slice(2);
const files = args.filter((a) => a.startsWith("tests/"));
const only = args.filter((a) => !a.startsWith("tests/"));
const wants = (tier) => only.length === 0 || only.includes(tier);
const filesOf = (folder) => files.filter((f) => f.startsWith(`tests/${folder}/`));

const startedAt = Date.now();
// Databases are named after the checkout, so two clones (or worktrees) can run their tests at once.
const checkout = createHash("sha256").update(root).digest("hex").slice(0, 8);
const totals = { passed: 0, failed: 0 };
const failures = [];

function step(name, command, args, env = {}) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`   (${name}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
}

function check(name, command, args) {
  if (!step(name, command, args)) {
    totals.failed += 1;
    failures.push(name);
  }
}

function vitestTier(project, env) {
  const out = path.join(reports, `${project}.json`);
  rmSync(out, { force: true });
  const ok = step(
    `${project} tests`,
    bin("vitest"),
    [
      "run",
      "--project",
      project,
      ...filesOf(project),
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${out}`,
    ],
    env,
  );
  const counted = countVitest(out);
  if (!ok && counted.failed === 0) counted.failed = 1; // crashed before reporting
  if (counted.passed + counted.failed === 0) {
    counted.failed = 1;
    console.error(`   ${project}: no test ran`);
  }
  add(`${project} tests`, counted);
}

function countVitest(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0),
  };
}

function countPlaywright(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
}

function add(name, { passed, failed }) {
  totals.passed += passed;
  totals.failed += failed;
  if (failed) failures.push(name);
}

async function databases() {
  if (process.env.TEST_DATABASE_URL) {
    console.log("› Database: TEST_DATABASE_URL");
    return { db: process.env.TEST_DATABASE_URL, e2e: process.env.TEST_DATABASE_URL, stop: async () => {} };
  }
  const { pgReachable, freshDatabase, embeddedScratch } = await import("./lib/scratch-db.mjs");
  const stops = [];
  let db = "";
  if (wants("db")) {
    if (await pgReachable()) {
      console.log(`› db tier: local PostgreSQL on 127.0.0.1:5432 (qms_test_${checkout}_db)`);
      db = await freshDatabase(`qms_test_${checkout}_db`);
    } else {
      console.log("› db tier: embedded PostgreSQL (no PostgreSQL on 127.0.0.1:5432)");
      const scratch = await embeddedScratch("qms-db-");
      stops.push(scratch.stop);
      db = scratch.url;
    }
  }
  let e2e = "";
  if (wants("e2e")) {
    console.log("› e2e tier: embedded PostgreSQL, as `npm start` runs it");
    const scratch = await embeddedScratch("qms-e2e-");
    stops.push(scratch.stop);
    e2e = scratch.url;
  }
  return { db, e2e, stop: () => Promise.all(stops.map((stop) => stop())) };
}

function chromiumPath() {
  const candidate = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  return existsSync(candidate) ? candidate : null;
}

ensureDependencies({ quiet: true });
mkdirSync(reports, { recursive: true });
await enableTypeScript();

if (wants("format")) check("formatting (prettier --check)", bin("prettier"), ["--check", ".", "--log-level=warn"]);
if (wants("lint")) check("lint (eslint)", bin("eslint"), [".", "--max-warnings=0"]);
if (wants("typecheck")) check("type check (tsc)", bin("tsc"), ["--noEmit"]);
if (wants("migrations")) check("migrations match schema", process.execPath, ["scripts/check-migrations.mjs"]);
if (wants("unit")) vitestTier("unit", {});

if (wants("db") || wants("e2e")) {
  const dbs = await databases();
  try {
    if (wants("db")) vitestTier("db", { TEST_DATABASE_URL: dbs.db });
    if (wants("e2e")) {
      const chromium = chromiumPath();
      if (!chromium) {
        console.error("✗ No Chromium: install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH");
        add("e2e", { passed: 0, failed: 1 });
      } else {
        const { prepareDatabase } = await import("./lib/database.ts");
        await prepareDatabase(dbs.e2e, { demo: true, log: () => {} });
        const { buildIsStale, recordBuild } = await import("./lib/build-fingerprint.mjs");
        let built = true;
        if (await buildIsStale(root)) {
          built = step("next build", bin("next"), ["build"], { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
          if (built) await recordBuild(root);
        }
        if (!built) add("next build", { passed: 0, failed: 1 });
        else {
          const out = path.join(reports, "e2e.json");
          rmSync(out, { force: true });
          step("end-to-end tests (Playwright, Chromium)", bin("playwright"), ["test", ...filesOf("e2e")], {
            E2E_DATABASE_URL: dbs.e2e,
            CHROMIUM_PATH: chromium,
            PLAYWRIGHT_JSON_OUTPUT_NAME: out,
            E2E_PORT: String(await freePort()),
          });
          const counted = countPlaywright(out);
          if (counted.passed + counted.failed === 0) counted.failed = 1;
          add("e2e tests", counted);
        }
      }
    }
  } finally {
    await dbs.stop();
  }
}

console.log(`\nAll tiers took ${((Date.now() - startedAt) / 1000).toFixed(0)} s.`);
if (failures.length) console.log(`Failed: ${failures.join(", ")}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
