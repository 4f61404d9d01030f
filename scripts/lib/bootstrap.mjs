// Plain Node (no dependencies): runs before node_modules exists. Installs what is missing, then lets
// the caller load TypeScript through tsx.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");

function lockHash() {
  const lock = path.join(root, "package-lock.json");
  const pkg = path.join(root, "package.json");
  const hash = createHash("sha256");
  for (const file of [pkg, lock]) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest("hex");
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** npm ci when node_modules is missing or package-lock.json changed since the last install; prisma generate when needed. */
export function ensureDependencies({ quiet = false } = {}) {
  const marker = path.join(root, "node_modules", ".qms-install-hash");
  const wanted = lockHash();
  const installed = existsSync(marker) ? readFileSync(marker, "utf8").trim() : "";
  if (installed !== wanted) {
    if (!quiet) console.log("› Cài đặt thư viện (npm ci)…");
    const status = run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
    if (status !== 0) {
      console.error("✗ npm ci failed: check the network access to the npm registry");
      process.exit(status);
    }
    writeFileSync(marker, wanted);
  }
  // The generated client follows prisma/schema.prisma: regenerate after a pull that changed the schema.
  const schemaHash = createHash("sha256")
    .update(readFileSync(path.join(root, "prisma", "schema.prisma")))
    .digest("hex");
  const generatedMarker = path.join(root, "lib", "generated", "prisma", ".schema-hash");
  const generated = existsSync(generatedMarker) ? readFileSync(generatedMarker, "utf8").trim() : "";
  if (generated !== schemaHash || !existsSync(path.join(root, "lib", "generated", "prisma", "client.ts"))) {
    const status = run(path.join(root, "node_modules", ".bin", "prisma"), ["generate"], {
      stdio: quiet ? "ignore" : "inherit",
    });
    if (status !== 0) process.exit(status);
    writeFileSync(generatedMarker, schemaHash);
  }
}

/** Loads TypeScript modules in this process from now on. */
export async function enableTypeScript() {
  const { register } = await import("tsx/esm/api");
  register();
}
