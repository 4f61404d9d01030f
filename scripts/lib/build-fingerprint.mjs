// Whether `.next` was built from the current sources: a hash of every file the build reads.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

const inputs = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "proxy.ts",
  "instrumentation.ts",
];

async function* files(target) {
  const info = await stat(target).catch(() => null);
  if (!info) return;
  if (info.isFile()) {
    yield target;
    return;
  }
  for (const entry of (await readdir(target, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    yield* files(path.join(target, entry.name));
  }
}

export async function fingerprint(root) {
  const hash = createHash("sha256");
  for (const input of inputs) {
    for await (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file));
      hash.update(await readFile(file));
    }
  }
  return hash.digest("hex");
}

const markerPath = (root) => path.join(root, ".next", "qms-build-fingerprint");

export async function buildIsStale(root) {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(markerPath(root))) return true;
  return (await readFile(markerPath(root), "utf8")).trim() !== (await fingerprint(root));
}

export async function recordBuild(root) {
  await writeFile(markerPath(root), await fingerprint(root));
}
