import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { migrate, readMigrations } from "@/lib/db/migrate";
import type { FileStorage } from "@/lib/storage/contract";
import { appliedMigrations, listTables, quoteIdent } from "./catalog";
import { BackupError, manifestEntry, manifestSchema, type Manifest } from "./manifest";
import { ArchiveError, readArchive, sha256Of } from "./tar-stream";

export type RestoreOptions = {
  connectionString: string;
  storage: FileStorage;
  file: string;
  migrationsDir?: string;
  log?: (line: string) => void;
};

export type RestoreSummary = {
  tables: number;
  rows: number;
  files: number;
  missingFiles: number;
  migrations: string[];
};

const refuseNotEmpty = (vi: string, en: string) =>
  new BackupError(
    `Nơi khôi phục không trống (${vi}): chỉ khôi phục vào cơ sở dữ liệu và kho tệp trống — the restore target is not empty (${en}); restore only into an empty database and storage`,
  );

/**
 * Reads the whole archive once and checks it against its manifest: every entry's SHA-256 and size, no entry
 * missing, none extra or twice, tables first in the manifest's order, then files, the manifest last. Writes
 * nothing. Returns the manifest.
 */
export async function verifyArchive(file: string): Promise<Manifest> {
  const seen: { name: string; size: number; sha256: string }[] = [];
  let manifestText: string | undefined;
  try {
    await readArchive(file, async (entry) => {
      if (manifestText !== undefined)
        throw new BackupError(`${entry.name} nằm sau manifest.json — an entry follows the manifest`);
      if (entry.name === manifestEntry) {
        if (entry.size > 64 * 1024 * 1024) throw new BackupError("manifest.json quá lớn — the manifest is too large");
        const chunks: Buffer[] = [];
        for await (const chunk of entry.body) chunks.push(chunk);
        manifestText = Buffer.concat(chunks).toString("utf8");
        return;
      }
      seen.push({ name: entry.name, ...(await sha256Of(entry.body)) });
    });
  } catch (error) {
    if (error instanceof ArchiveError)
      throw new BackupError(`Tệp sao lưu bị hỏng — the archive is damaged: ${error.message}`);
    throw error;
  }
  if (manifestText === undefined)
    throw new BackupError(
      "Tệp sao lưu không có manifest.json (bị cắt ngắn?) — the archive has no manifest (truncated?)",
    );
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(manifestText));
  } catch {
    throw new BackupError(
      "manifest.json không hợp lệ hoặc không phải bản sao lưu của ứng dụng này — the manifest is not valid for this app",
    );
  }
  const expected = [
    ...manifest.tables.map((t) => ({ name: t.entry, size: t.size, sha256: t.sha256 })),
    ...manifest.files.map((f) => ({ name: f.entry, size: f.size, sha256: f.sha256 })),
  ];
  for (let i = 0; i < Math.max(expected.length, seen.length); i++) {
    const want = expected[i];
    const got = seen[i];
    if (!want) throw new BackupError(`${got!.name}: không có trong manifest — not listed in the manifest`);
    if (!got || got.name !== want.name)
      throw new BackupError(`${want.name}: thiếu hoặc sai thứ tự — missing or out of order`);
    if (got.size !== want.size || got.sha256 !== want.sha256)
      throw new BackupError(
        `${want.name}: SHA-256 không khớp, tệp sao lưu đã bị thay đổi — checksum mismatch, the archive was altered`,
      );
  }
  return manifest;
}

/**
 * Brings an archive back into an empty database and an empty storage: checks the archive first (nothing is
 * written if one byte is off), refuses a target that has rows, files under the archive's keys or
 * migrations the archive does not name, applies exactly the archive's migrations, then in ONE transaction
 * loads the tables in the archive's order (each after those it refers to; foreign keys stay checked),
 * restores the sequences and writes the files. A failure rolls the rows back and removes the files written,
 * leaving the migrated, empty database that a new attempt accepts.
 *
 * The tables' own triggers are switched off for the load and on again before commit (ALTER TABLE … DISABLE
 * TRIGGER USER, transactional, the owner's right): they guard changes made by the app — a used checklist's
 * items, the audit log — and the rows restored are exactly those they allowed. Audit rows keep their chain.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreSummary> {
  const log = options.log ?? (() => {});
  const manifest = await verifyArchive(options.file);
  log(`✓ Đã kiểm tra SHA-256 của ${manifest.tables.length + manifest.files.length} mục — every checksum matches`);
  const known = new Set((await readMigrations(options.migrationsDir)).map((m) => m.name));
  const newer = manifest.migrations.filter((name) => !known.has(name));
  if (newer.length) {
    throw new BackupError(
      `Bản sao lưu từ phiên bản mới hơn của ứng dụng (migration ${newer[0]}): cập nhật ứng dụng trước — the archive comes from a newer schema; update the app first`,
    );
  }
  await checkTargetEmpty(options, manifest);
  await migrate({
    connectionString: options.connectionString,
    migrationsDir: options.migrationsDir,
    only: manifest.migrations,
    log,
  });

  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  const written: string[] = [];
  try {
    await client.query("BEGIN");
    for (const table of manifest.tables)
      await client.query(`ALTER TABLE ${quoteIdent(table.name)} DISABLE TRIGGER USER`);
    const tables = new Map(manifest.tables.map((t) => [t.entry, t]));
    const files = new Map(manifest.files.map((f) => [f.entry, f]));
    let loaded = 0;
    await readArchive(options.file, async (entry) => {
      const table = tables.get(entry.name);
      if (table) {
        const copy = client.query(
          copyFrom(`COPY ${quoteIdent(table.name)} (${table.columns.map(quoteIdent).join(", ")}) FROM STDIN`),
        );
        await pipeline(entry.body, copy);
        if (copy.rowCount !== table.rows)
          throw new BackupError(`${table.name}: ${copy.rowCount} dòng thay vì ${table.rows} — row count differs`);
        if (++loaded === tables.size) await finishTables(client, manifest);
        log(`  ${table.name}: ${table.rows} dòng (rows)`);
        return;
      }
      const stored = files.get(entry.name);
      if (!stored) return;
      written.push(stored.key);
      const result = await options.storage.put(entry.body, { key: stored.key });
      if (result.sha256 !== stored.sha256 || result.size !== stored.size)
        throw new BackupError(`${entry.name}: SHA-256 khác khi ghi vào kho — checksum differs once stored`);
    });
    if (loaded !== tables.size) throw new BackupError("Thiếu bảng trong tệp sao lưu — tables missing from the archive");
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    for (const key of written) await options.storage.remove(key).catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  for (const missing of manifest.missingFiles) {
    log(
      `⚠ Tệp ${missing.key} (${missing.table}.${missing.column}) đã thiếu khi sao lưu — the file was missing when the backup was made`,
    );
  }
  return {
    tables: manifest.tables.length,
    rows: manifest.tables.reduce((sum, t) => sum + t.rows, 0),
    files: manifest.files.length,
    missingFiles: manifest.missingFiles.length,
    migrations: manifest.migrations,
  };
}

/** After the last table: triggers back on, sequences where the source had them. */
async function finishTables(client: pg.ClientBase, manifest: Manifest): Promise<void> {
  for (const table of manifest.tables) await client.query(`ALTER TABLE ${quoteIdent(table.name)} ENABLE TRIGGER USER`);
  for (const sequence of manifest.sequences)
    await client.query("SELECT setval($1::regclass, $2::bigint, true)", [
      quoteIdent(sequence.name),
      sequence.lastValue,
    ]);
}

/** Refuses a database with rows or with migrations the archive does not name, and storage holding any of the archive's keys. */
async function checkTargetEmpty(options: RestoreOptions, manifest: Manifest): Promise<void> {
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    const applied = await appliedMigrations(client);
    const extra = applied.find((name) => !manifest.migrations.includes(name));
    if (extra) throw refuseNotEmpty(`đã có migration ${extra}`, `migration ${extra} is applied`);
    for (const table of await listTables(client)) {
      const { rowCount } = await client.query(`SELECT 1 FROM ${quoteIdent(table.name)} LIMIT 1`);
      if (rowCount) throw refuseNotEmpty(`bảng ${table.name} có dữ liệu`, `table ${table.name} has rows`);
    }
  } finally {
    await client.end();
  }
  for (const file of manifest.files) {
    if (await options.storage.stat(file.key)) throw refuseNotEmpty(`đã có tệp ${file.key}`, `file ${file.key} exists`);
  }
}
