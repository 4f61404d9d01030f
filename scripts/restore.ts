// `npm run restore -- <archive.tar.gz>`: brings a backup back into an EMPTY database (DATABASE_URL, or the
// embedded one of DATA_DIR) and empty file storage, after checking every SHA-256 (lib/backup/restore.ts).
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { BackupError } from "@/lib/backup/manifest";
import { restoreBackup } from "@/lib/backup/restore";
import { EmbeddedDbError } from "@/lib/db/embedded";
import { MigrationError } from "@/lib/db/migrate";
import { EnvError } from "@/lib/env";
import { StartError } from "./lib/database";
import { openDataTarget, reportFailure } from "./lib/data-target";

const { positionals } = parseArgs({ allowPositionals: true });
const args = z
  .array(z.string().refine((file) => existsSync(file), "không tìm thấy tệp sao lưu — archive not found"))
  .length(1, "cần đúng một tệp sao lưu — give exactly one archive")
  .safeParse(positionals);
if (!args.success) {
  console.error(`✗ ${args.error.issues[0]?.message ?? "bad arguments"} — usage: npm run restore -- <archive.tar.gz>`);
  process.exit(1);
}
const file = path.resolve(args.data[0]!);

const startedAt = Date.now();
let target;
try {
  target = await openDataTarget("restore", (line) => console.log(`› ${line}`));
  console.log(`› Khôi phục ${file} vào ${target.where} — restoring`);
  const summary = await restoreBackup({
    connectionString: target.url,
    storage: target.storage,
    file,
    log: (line) => console.log(line),
  });
  console.log(
    `✓ Đã khôi phục ${summary.tables} bảng, ${summary.rows} dòng, ${summary.files} tệp trong ${((Date.now() - startedAt) / 1000).toFixed(1)} giây — restored`,
  );
  console.log(
    `  Lược đồ tới migration ${summary.migrations.at(-1)}; npm start áp dụng các migration mới hơn — later migrations run at the next npm start`,
  );
  if (summary.missingFiles)
    console.log(
      `⚠ ${summary.missingFiles} tệp đã thiếu từ khi sao lưu (xem trên) — files were already missing in the backup`,
    );
} catch (error) {
  reportFailure(error, [BackupError, StartError, EmbeddedDbError, EnvError, MigrationError]);
} finally {
  await target?.stop();
}
