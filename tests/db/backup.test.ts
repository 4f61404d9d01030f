import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/chain/verify";
import { fileKeyColumns, listFileKeys, listTables, type TableInfo } from "@/lib/backup/catalog";
import { createBackup } from "@/lib/backup/create";
import { BackupError } from "@/lib/backup/manifest";
import { restoreBackup } from "@/lib/backup/restore";
import { sha256Of } from "@/lib/backup/tar-stream";
import { migrate } from "@/lib/db/migrate";
import { localStorage } from "@/lib/storage/local";
import { s3Storage } from "@/lib/storage/s3";
import { seed } from "@/prisma/seed/seed";
import { fillEveryTable } from "@/tests/support/backup-fill";
import { startFakeS3 } from "@/tests/support/fake-s3";
import { createFreshDatabase, type FreshDb } from "@/tests/support/fresh-db";
import { withClient } from "@/tests/support/pg";

// This file backs up a database of its own: the shared test database is written by other files meanwhile,
// so it could not be compared row by row with what a restore brings back.
const work = mkdtempSync(path.join(os.tmpdir(), "qms-backup-test-"));
const sourceDir = path.join(work, "source");
const archive = path.join(work, "qms.tar.gz");
const app = { name: "qms-inspection", version: "test" };
const databases: FreshDb[] = [];
let source: FreshDb;
let tables: TableInfo[];

const fresh = async () => {
  const database = await createFreshDatabase();
  databases.push(database);
  return database;
};

/** Rows and an md5 over every row's text, sorted, per table: equal digests mean equal tables. */
const tableDigests = (url: string) =>
  withClient(url, async (client) => {
    const digests: Record<string, { rows: number; md5: string }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS md5 FROM "${name}" t`,
      );
      digests[name] = rows[0];
    }
    return digests;
  });

const storedUnder = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\/[0-9a-f-]{36}$/.test(f))
    .sort();
const storageOf = (dir: string) => localStorage(path.join(dir, "files"));
const emptyTarget = async () => ({ database: await fresh(), dir: mkdtempSync(path.join(work, "target-")) });
const restoreInto = (target: { database: FreshDb; dir: string }, file = archive, migrationsDir?: string) =>
  restoreBackup({ connectionString: target.database.url, storage: storageOf(target.dir), file, migrationsDir });

/** Nothing written: no table, no migration row, no file. */
async function expectUntouched(target: { database: FreshDb; dir: string }) {
  expect(await withClient(target.database.url, listTables)).toEqual([]);
  expect(
    await withClient(target.database.url, (c) => c.query(`SELECT to_regclass('_prisma_migrations') AS t`)),
  ).toMatchObject({ rows: [{ t: null }] });
  expect(storedUnder(target.dir)).toEqual([]);
}

beforeAll(async () => {
  source = await fresh();
  await migrate({ connectionString: source.url });
  await seed(source.url, { demo: true });
  // The app's `db` and storage of this file: the source database and folder (the client is made on first use).
  process.env.DATABASE_URL = source.url;
  process.env.DATA_DIR = sourceDir;
  await fillEveryTable();
  tables = await withClient(source.url, listTables);
  const started = Date.now();
  await createBackup({ connectionString: source.url, storage: storageOf(sourceDir), file: archive, app });
  console.log(`backup of the seeded database: ${Date.now() - started} ms`);
}, 180_000);

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  for (const database of databases) await database.drop();
  rmSync(work, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("brings back every table row by row and every file byte for byte into an empty database and folder", async () => {
    const empty = Object.entries(await tableDigests(source.url))
      .filter(([, d]) => d.rows === 0)
      .map(([name]) => name);
    expect(empty, "tables without rows: give them one in tests/support/backup-fill.ts").toEqual([]);
    const target = await emptyTarget();
    const started = Date.now();
    const summary = await restoreInto(target);
    console.log(`restore of the seeded database: ${Date.now() - started} ms`);
    // a record file, an inspection photo, the plan's signed approval, a corrective-action evidence file
    expect(summary.files).toBe(4);

    expect(await tableDigests(target.database.url)).toEqual(await tableDigests(source.url));
    const keys = await withClient(source.url, listFileKeys);
    expect(storedUnder(target.dir)).toEqual(keys.map((k) => path.join("files", k.key)).sort());
    for (const { key } of keys) {
      expect((await sha256Of(await storageOf(target.dir).get(key))).sha256).toBe(
        (await sha256Of(await storageOf(sourceDir).get(key))).sha256,
      );
    }

    // The audit chain came back whole, and the database's triggers work again: a new row is chained, ids go on.
    const sourceChain = await withClient(source.url, verifyAuditChain);
    expect(await withClient(target.database.url, verifyAuditChain)).toEqual(sourceChain);
    const lastId = await withClient(source.url, (c) => c.query(`SELECT max(id)::text AS id FROM audit_event`));
    await withClient(target.database.url, async (client) => {
      const { rows } = await client.query(
        `INSERT INTO audit_event (type, data) VALUES ('user.enabled', '{}') RETURNING id::text`,
      );
      expect(BigInt(rows[0].id)).toBeGreaterThan(BigInt(lastId.rows[0].id));
      await expect(client.query(`UPDATE audit_event SET ip = 'x' WHERE id = $1`, [rows[0].id])).rejects.toThrow(
        /append-only/,
      );
    });
    expect(await withClient(target.database.url, verifyAuditChain)).toMatchObject({
      ok: true,
      count: sourceChain.count + 1,
    });
  });

  it("refuses an archive with one byte changed before writing anything", async () => {
    const bytes = readFileSync(archive);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)]! ^= 0x01;
    writeFileSync(path.join(work, "flipped.tar.gz"), flipped);
    const target = await emptyTarget();
    await expect(restoreInto(target, path.join(work, "flipped.tar.gz"))).rejects.toThrow(BackupError);
    await expectUntouched(target);

    // A valid gzip whose content changed: one byte of the stored photo (PNG signature) inside the tar.
    const tar = gunzipSync(bytes);
    const at = tar.indexOf(Buffer.from("89504e470d0a1a0a", "hex"));
    expect(at).toBeGreaterThan(0);
    tar[at + 20]! ^= 0x01;
    writeFileSync(path.join(work, "altered.tar.gz"), gzipSync(tar));
    await expect(restoreInto(target, path.join(work, "altered.tar.gz"))).rejects.toThrow(
      /^files\/.+: SHA-256 không khớp.*checksum mismatch/,
    );
    await expectUntouched(target);
  });

  it("refuses a database with rows, storage holding the archive's files, and an archive of a newer schema", async () => {
    const notEmpty = { database: source, dir: mkdtempSync(path.join(work, "target-")) };
    const before = await tableDigests(source.url);
    await expect(restoreInto(notEmpty)).rejects.toThrow(
      /^Nơi khôi phục không trống \(bảng \w+ có dữ liệu\).* — the restore target is not empty/,
    );
    expect(await tableDigests(source.url)).toEqual(before);

    const filesLeft = { database: await fresh(), dir: sourceDir };
    await expect(restoreInto(filesLeft)).rejects.toThrow(
      /the restore target is not empty \(file \w\w\/[0-9a-f-]+ exists\)/,
    );
    expect(await withClient(filesLeft.database.url, listTables)).toEqual([]);

    const older = path.join(work, "older-migrations");
    await cp(path.resolve("prisma/migrations"), older, { recursive: true });
    rmSync(
      path.join(
        older,
        readdirSync(older)
          .filter((n) => /^\d{14}_/.test(n))
          .sort()
          .at(-1)!,
      ),
      { recursive: true },
    );
    const target = await emptyTarget();
    await expect(restoreInto(target, archive, older)).rejects.toThrow(/newer schema/);
    await expectUntouched(target);
  });

  it("carries files kept on S3 the same way, a file of several parts included", async () => {
    const [from, to] = [await startFakeS3(), await startFakeS3()];
    try {
      const s3 = (store: typeof from) =>
        s3Storage({
          endpoint: store.endpoint,
          bucket: store.bucket,
          accessKeyId: "qms-test",
          secretAccessKey: "qms-test-secret",
          region: "us-east-1",
          forcePathStyle: true,
        });
      const keys = (await withClient(source.url, listFileKeys)).map((k) => k.key);
      const big = new Uint8Array(6 * 1024 * 1024).fill(0x25);
      for (const [i, key] of keys.entries()) {
        await s3(from).put(
          i === 0
            ? (async function* () {
                yield big;
              })()
            : await storageOf(sourceDir).get(key),
          { key },
        );
      }
      const onS3 = path.join(work, "s3.tar.gz");
      await createBackup({ connectionString: source.url, storage: s3(from), file: onS3, app });
      const target = await fresh();
      await restoreBackup({ connectionString: target.url, storage: s3(to), file: onS3 });
      expect([...to.objects.keys()].sort()).toEqual([...keys].sort());
      for (const key of keys) expect(to.objects.get(key)!.body.equals(from.objects.get(key)!.body)).toBe(true);
      expect(to.largestPart()).toBe(5 * 1024 * 1024);
    } finally {
      await from.close();
      await to.close();
    }
  });

  it("knows every column that holds a storage key", async () => {
    const { rows } = await withClient(source.url, (c) =>
      c.query<{ table: string; column: string }>(
        `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns WHERE table_schema = 'public' AND column_name ~* '(file|storage)_?key$' ORDER BY 1, 2`,
      ),
    );
    expect(rows).toEqual(
      [...fileKeyColumns]
        .map((c) => ({ table: c.table, column: c.column }))
        .sort((a, b) => a.table.localeCompare(b.table)),
    );
  });
});
