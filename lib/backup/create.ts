import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import type { FileStorage } from "@/lib/storage/contract";
import { appliedMigrations, listFileKeys, listTables, quoteIdent, readSequences } from "./catalog";
import {
  BackupError,
  fileEntry,
  manifestEntry,
  manifestFormat,
  manifestSchema,
  tableEntry,
  type FileEntry,
  type Manifest,
  type TableDump,
} from "./manifest";
import { sha256Of, writeArchive } from "./tar-stream";

export type BackupOptions = {
  connectionString: string;
  storage: FileStorage;
  /** The archive to write (.tar.gz); refused when it exists. */
  file: string;
  app: { name: string; version: string };
  log?: (line: string) => void;
};

export type BackupSummary = {
  file: string;
  sha256: string;
  bytes: number;
  tables: number;
  rows: number;
  files: number;
  fileBytes: number;
  missingFiles: number;
};

type Snapshot = Pick<Manifest, "server" | "migrations" | "sequences"> & {
  tables: (TableDump & { staged: string })[];
  keys: Awaited<ReturnType<typeof listFileKeys>>;
};

/**
 * Writes one archive: every table of the app as `COPY … TO STDOUT` text, all read in a single REPEATABLE
 * READ, READ ONLY transaction (one consistent snapshot, no lock that blocks the app), then every file the
 * snapshot names, read through `storage` (local disk or S3 alike), then manifest.json with the SHA-256 of
 * each entry. Nothing is held whole in memory: a table goes to a temporary file beside the archive (a tar
 * header needs the size first), a file streams from storage into the archive. The archive appears under
 * its name only once complete.
 */
export async function createBackup(options: BackupOptions): Promise<BackupSummary> {
  const log = options.log ?? (() => {});
  const file = path.resolve(options.file);
  if (await stat(file).catch(() => null))
    throw new BackupError(`Tệp ${file} đã có — the archive already exists; choose another name`);
  await mkdir(path.dirname(file), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(file), ".qms-backup-"));
  const partial = `${file}.part`;
  try {
    const snapshot = await dumpDatabase(options.connectionString, staging, log);
    const writer = writeArchive(partial);
    const files: FileEntry[] = [];
    const missingFiles: Manifest["missingFiles"] = [];
    try {
      for (const table of snapshot.tables) {
        const sha256 = await writer.add(table.entry, table.size, createReadStream(table.staged));
        if (sha256 !== table.sha256)
          throw new BackupError(`${table.entry}: the staged dump changed while it was archived`);
      }
      for (const { key, table, column } of snapshot.keys) {
        const info = await options.storage.stat(key);
        if (!info) {
          missingFiles.push({ key, table, column });
          log(`⚠ Không thấy tệp ${key} (${table}.${column}) trong kho lưu trữ — file missing from storage, left out`);
          continue;
        }
        const sha256 = await writer.add(fileEntry(key), info.size, await options.storage.get(key));
        files.push({ key, entry: fileEntry(key), size: info.size, sha256 });
      }
      const manifest = manifestSchema.parse({
        format: manifestFormat,
        createdAt: new Date().toISOString(),
        app: options.app,
        server: snapshot.server,
        migrations: snapshot.migrations,
        tables: snapshot.tables.map(({ staged: _staged, ...table }) => table),
        sequences: snapshot.sequences,
        files,
        missingFiles,
      } satisfies Manifest);
      const json = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
      await writer.add(manifestEntry, json.length, [json]);
      await writer.finish();
    } catch (error) {
      writer.abort();
      throw error;
    }
    await rename(partial, file);
    const archive = await sha256Of(createReadStream(file));
    return {
      file,
      sha256: archive.sha256,
      bytes: archive.size,
      tables: snapshot.tables.length,
      rows: snapshot.tables.reduce((sum, t) => sum + t.rows, 0),
      files: files.length,
      fileBytes: files.reduce((sum, f) => sum + f.size, 0),
      missingFiles: missingFiles.length,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
}

async function dumpDatabase(connectionString: string, staging: string, log: (line: string) => void): Promise<Snapshot> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const server = (await client.query<{ version: string }>("SELECT current_setting('server_version') AS version"))
      .rows[0]!.version;
    const migrations = await appliedMigrations(client);
    if (!migrations.length)
      throw new BackupError(
        "Cơ sở dữ liệu chưa có migration nào — the database has no applied migrations: nothing to back up",
      );
    const tables: Snapshot["tables"] = [];
    for (const table of await listTables(client)) {
      const staged = path.join(staging, `${table.name}.copy`);
      const copy = client.query(
        copyTo(`COPY ${quoteIdent(table.name)} (${table.columns.map(quoteIdent).join(", ")}) TO STDOUT`),
      );
      const hash = createHash("sha256");
      let size = 0;
      await pipeline(
        copy,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            hash.update(chunk);
            size += chunk.byteLength;
            yield chunk;
          }
        },
        createWriteStream(staged, { flags: "wx" }),
      );
      const sha256 = hash.digest("hex");
      tables.push({
        name: table.name,
        entry: tableEntry(table.name),
        columns: table.columns,
        rows: copy.rowCount,
        size,
        sha256,
        staged,
      });
      log(`  ${table.name}: ${copy.rowCount} dòng (rows)`);
    }
    const keys = await listFileKeys(client);
    // Sequences are outside transactions: read last, their values are at least those the snapshot used.
    const sequences = await readSequences(client);
    await client.query("COMMIT");
    return { server, migrations, sequences, tables, keys };
  } finally {
    await client.end();
  }
}
