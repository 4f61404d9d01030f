import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultMigrationsDir, migrate } from "@/lib/db/migrate";
import { createFreshDatabase, type FreshDb } from "@/tests/support/fresh-db";

/**
 * A database seeded before `qmsSince` existed kept the five 2021 latecomers out of every plan by their note.
 * The migration that adds the column dates their QMS from the note the seed wrote, and touches nothing else.
 */
const migrationName = "20261204172951_agency_qms_since";
let fresh: FreshDb;
let before: string;

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: fresh.url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  fresh = await createFreshDatabase();
  // Every migration up to (not including) this one, as a database of that time had them.
  before = await mkdtemp(path.join(os.tmpdir(), "qms-migrations-"));
  for (const name of (await readdir(defaultMigrationsDir)).filter((n) => n < migrationName && !n.endsWith(".toml"))) {
    await cp(path.join(defaultMigrationsDir, name), path.join(before, name), { recursive: true });
  }
});

afterAll(async () => {
  await fresh?.drop();
  if (before) await rm(before, { recursive: true, force: true });
});

describe(`migration ${migrationName}`, () => {
  it("dates from 28/02/2021 the QMS of the units the old seed noted as built 12/2020–02/2021, and of no other", async () => {
    await migrate({ connectionString: fresh.url, migrationsDir: before });
    const [kind] = await sql<{ id: string }>(
      `INSERT INTO agency_kind (id, code, "nameVi", "nameEn", level, "defaultIsoRequirement", "sortOrder") VALUES (gen_random_uuid(), 'co_quan_tinh', 'Cơ quan cấp tỉnh', 'Provincial agency', 1, 'MANDATORY', 1) RETURNING id`,
    );
    const unit = (code: string, note: string | null, validFrom = "2000-01-01") =>
      sql(
        `INSERT INTO agency (id, code, name, "kindId", "isoRequirement", "standardVersion", note, "validFrom", "updatedAt") VALUES (gen_random_uuid(), $1, $1, $2, 'MANDATORY', 'ISO_9001_2015', $3, $4::date, now())`,
        [code, kind!.id, note, validFrom],
      );
    const seededNote =
      "Xây dựng HTQLCL 12/2020–02/2021, sau khi lập danh sách Kế hoạch 05/KH-SKHCN: không thuộc phạm vi kiểm tra năm 2021.";
    await unit("T89-019", seededNote);
    await unit("T89-002", null);
    await unit("T89-003", "Ghi chú khác: không thuộc phạm vi kiểm tra");
    await unit("NEW-001", seededNote, "2025-07-01");

    expect((await migrate({ connectionString: fresh.url })).applied).toContain(migrationName);
    const rows = await sql<{ code: string; qmsSince: string | null }>(
      `SELECT code, "qmsSince"::text AS "qmsSince" FROM agency ORDER BY code`,
    );
    expect(rows.map((r) => [r.code, r.qmsSince])).toEqual([
      ["NEW-001", null],
      ["T89-002", null],
      ["T89-003", null],
      ["T89-019", "2021-02-28"],
    ]);
  });
});
