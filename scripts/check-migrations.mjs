// CI check: `npm run db:check-migrations`. Fails when prisma/schema.prisma has changes that no migration
// covers. Why this exists: migrations are written offline by scripts/new-migration.mjs (Prisma's own
// `migrate dev` cannot run here), and each migration folder keeps a snapshot of the schema it was made
// from; comparing the schema with the newest snapshot is instant and needs no engine or database.
// Differences in whitespace and in whole-line // or /// comments are ignored.
// SCHEMA_PATH and MIGRATIONS_DIR override the defaults (for testing on copies).
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const schemaPath = path.resolve(root, process.env.SCHEMA_PATH ?? "prisma/schema.prisma");
const migrationsDir = path.resolve(root, process.env.MIGRATIONS_DIR ?? "prisma/migrations");
const fix = "run `npm run db:new-migration -- <name>`";

const fail = (msg) => {
  console.error(`migrations: ${msg}`);
  process.exit(1);
};
const normalise = (s) =>
  s
    .split("\n")
    .filter((l) => !l.trim().startsWith("//"))
    .join("\n")
    .replace(/\s+/g, " ")
    .trim();

const folders = fs.existsSync(migrationsDir)
  ? fs
      .readdirSync(migrationsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
  : [];
if (folders.length === 0) fail(`no migrations in ${path.relative(root, migrationsDir)}: ${fix}`);
for (const folder of folders) {
  for (const file of ["migration.sql", "schema.prisma"]) {
    if (!fs.existsSync(path.join(migrationsDir, folder, file))) fail(`${folder} has no ${file}`);
  }
}
const latest = folders.at(-1);
const snapshot = fs.readFileSync(path.join(migrationsDir, latest, "schema.prisma"), "utf8");
if (normalise(fs.readFileSync(schemaPath, "utf8")) !== normalise(snapshot)) {
  fail(`${path.relative(root, schemaPath)} has changes not in any migration (newest: ${latest}): ${fix}`);
}
console.log(`migrations: up to date (${folders.length})`);
