// `npm run backup [-- <archive.tar.gz>]`: one archive of the database and the stored files, with a manifest of
// SHA-256 sums (lib/backup/create.ts). Default: backups/qms-YYYYMMDD-HHMMSS.tar.gz. Runs beside the app.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createBackup } from "@/lib/backup/create";
import { BackupError } from "@/lib/backup/manifest";
import { EmbeddedDbError } from "@/lib/db/embedded";
import { EnvError } from "@/lib/env";
import { StartError } from "./lib/database";
import { openDataTarget, reportFailure, root } from "./lib/data-target";

const { positionals } = parseArgs({ allowPositionals: true });
const args = z
  .tuple([
    z
      .string()
      .regex(/\.tar\.gz$/, "phải kết thúc bằng .tar.gz — must end in .tar.gz")
      .optional(),
  ])
  .safeParse(positionals.length ? positionals : [undefined]);
if (!args.success) {
  console.error(`✗ ${args.error.issues[0]?.message ?? "bad arguments"} — usage: npm run backup [-- <archive.tar.gz>]`);
  process.exit(1);
}
const stamp = new Date()
  .toLocaleString("sv-SE")
  .replace(/\D/g, "")
  .replace(/^(\d{8})(\d{6})$/, "$1-$2");
const file = path.resolve(args.data[0] ?? path.join(root, "backups", `qms-${stamp}.tar.gz`));
const app = z
  .object({ name: z.string(), version: z.string() })
  .parse(JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")));

const startedAt = Date.now();
let target;
try {
  target = await openDataTarget("read", (line) => console.log(`› ${line}`));
  console.log(`› Sao lưu từ ${target.where} — backing up`);
  const summary = await createBackup({
    connectionString: target.url,
    storage: target.storage,
    file,
    app,
    log: (line) => console.log(line),
  });
  console.log(
    `✓ Đã sao lưu ${summary.tables} bảng, ${summary.rows} dòng, ${summary.files} tệp (${(summary.fileBytes / 1048576).toFixed(1)} MB) trong ${((Date.now() - startedAt) / 1000).toFixed(1)} giây — backup written`,
  );
  console.log(`  ${summary.file} (${(summary.bytes / 1048576).toFixed(1)} MB)`);
  console.log(`  SHA-256 ${summary.sha256}`);
  if (summary.missingFiles) {
    console.log(
      `⚠ ${summary.missingFiles} tệp có trong cơ sở dữ liệu nhưng không có trong kho (xem trên) — files named by the database were missing from storage`,
    );
    process.exitCode = 2;
  }
} catch (error) {
  reportFailure(error, [BackupError, StartError, EmbeddedDbError, EnvError]);
} finally {
  await target?.stop();
}
