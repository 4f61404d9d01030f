// Writes a new migration: `npm run db:new-migration -- <name>`.
// Why this exists: Prisma 7's `migrate dev`/`migrate diff` need a native schema engine that cannot be
// downloaded on this project's machines. Prisma 6.19.3's WebAssembly schema engine, installed apart in
// scripts/prisma-diff (see its prisma.config.ts), diffs the newest migration's schema snapshot against
// prisma/schema.prisma offline. Output follows Prisma's layout, so `prisma migrate deploy` and
// scripts/migrate.ts both read it: prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql, plus
// schema.prisma (the snapshot the next diff starts from, and that scripts/check-migrations.mjs compares).
// SCHEMA_PATH and MIGRATIONS_DIR override the defaults (for testing on copies).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const toolDir = path.join(import.meta.dirname, "prisma-diff");
const prismaBin = path.join(toolDir, "node_modules", "prisma", "build", "index.js");
const schemaPath = path.resolve(root, process.env.SCHEMA_PATH ?? "prisma/schema.prisma");
const migrationsDir = path.resolve(root, process.env.MIGRATIONS_DIR ?? "prisma/migrations");

const fail = (msg) => {
  console.error(`new-migration: ${msg}`);
  process.exit(1);
};
const normalise = (s) =>
  s
    .split("\n")
    .filter((l) => !l.trim().startsWith("//"))
    .join("\n")
    .replace(/\s+/g, " ")
    .trim();

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9_]+/g, "_")
  .replace(/_+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) fail("usage: npm run db:new-migration -- <name>   (name: letters, digits, _)");

const current = fs.readFileSync(schemaPath, "utf8");
const folders = fs.existsSync(migrationsDir)
  ? fs
      .readdirSync(migrationsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
  : [];
const latest = folders.at(-1);
let previous = null;
if (latest) {
  const snapshot = path.join(migrationsDir, latest, "schema.prisma");
  if (!fs.existsSync(snapshot)) fail(`${path.relative(root, snapshot)} is missing: cannot tell what changed`);
  previous = fs.readFileSync(snapshot, "utf8");
  if (normalise(previous) === normalise(current)) {
    console.log("new-migration: no schema changes");
    process.exit(0);
  }
}

if (!fs.existsSync(prismaBin)) {
  console.log("new-migration: installing scripts/prisma-diff (npm ci)…");
  // Drop npm_* variables inherited from `npm run`, so that the nested npm works on its own folder only.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: toolDir, stdio: "inherit", env });
  if (r.status !== 0 || !fs.existsSync(prismaBin)) fail("npm ci in scripts/prisma-diff failed");
}

// Prisma 6 wants a url in the datasource (never used: the config supplies an in-memory adapter), and
// the diff needs no generator, so Prisma 7's `prisma-client` generator options are left out.
const forPrisma6 = (schema) => {
  const out = schema.replace(/^generator\s+\w+\s*\{[^}]*\}\s*$/gm, "");
  if (/^\s*url\s*=/m.test(out.match(/^datasource\s+\w+\s*\{[^}]*\}/m)?.[0] ?? "")) return out;
  return out.replace(/^(datasource\s+\w+\s*\{)/m, '$1\n  url = "postgresql://localhost/unused"');
};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "new-migration-"));
process.on("exit", () => fs.rmSync(tmp, { recursive: true, force: true }));
const to = path.join(tmp, "to.prisma");
const out = path.join(tmp, "migration.sql");
fs.writeFileSync(to, forPrisma6(current));
const from = previous === null ? ["--from-empty"] : ["--from-schema-datamodel", path.join(tmp, "from.prisma")];
if (previous !== null) fs.writeFileSync(from[1], forPrisma6(previous));
// --exit-code: 2 = changes (and the CLI exits at once), 0 = none, 1 = error.
const args = [prismaBin, "migrate", "diff", ...from, "--to-schema-datamodel", to, "--script", "--exit-code", "-o", out];
const r = spawnSync(process.execPath, args, { cwd: toolDir, encoding: "utf8" });
if (r.status !== 0 && r.status !== 2) fail(`prisma 6 migrate diff failed (exit ${r.status})\n${r.stderr}${r.stdout}`);
if (r.status === 0) {
  // Only comments, formatting or field order changed: refresh the snapshot so that the CI check passes.
  if (latest) fs.writeFileSync(path.join(migrationsDir, latest, "schema.prisma"), current);
  console.log(`new-migration: no schema changes${latest ? ` (snapshot in ${latest} refreshed)` : ""}`);
  process.exit(0);
}

const folder = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`;
if (latest && folder <= latest) fail(`${folder} would not sort after ${latest}`);
const dir = path.join(migrationsDir, folder);
fs.mkdirSync(dir, { recursive: true });
fs.copyFileSync(out, path.join(dir, "migration.sql"));
fs.writeFileSync(path.join(dir, "schema.prisma"), current);
const lock = path.join(migrationsDir, "migration_lock.toml");
if (!fs.existsSync(lock)) {
  fs.writeFileSync(
    lock,
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
}
console.log(`new-migration: wrote ${path.relative(root, path.join(dir, "migration.sql"))}`);
