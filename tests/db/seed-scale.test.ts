import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conformityPercent, scoreInspection } from "@/lib/inspections";
import type { ChecklistStandard, ItemResult } from "@/lib/generated/prisma/enums";
import { buildScaleDataset, type ScaleCounts } from "@/scripts/scale/build";
import { prepareScaleDatabase, ScaleDatabaseError } from "@/scripts/scale/database";
import { createFreshDatabase, type FreshDb } from "@/tests/support/fresh-db";

// 0.03 of the national data set: one province, ten years of plans (about 65,000 checklist results).
const scale = 0.03;
let fresh: FreshDb;
let client: pg.Client;
let first: { counts: ScaleCounts; seconds: number };

const rows = async <T extends pg.QueryResultRow>(text: string) => (await client.query<T>(text)).rows;
/** A digest of every id of the tables that matter, to compare two builds row for row. */
const idDigest = async () =>
  (
    await rows<{ digest: string }>(`
      SELECT md5(string_agg(x, ',' ORDER BY x)) AS digest FROM (
        SELECT id::text || ':' || coalesce(result::text, '-') AS x FROM inspection_item
        UNION ALL SELECT id::text || ':' || status::text FROM finding
        UNION ALL SELECT id::text || ':' || status::text FROM corrective_answer
        UNION ALL SELECT id::text FROM record_version) ids`)
  )[0]!.digest;

beforeAll(async () => {
  fresh = await createFreshDatabase();
  first = await buildScaleDataset({ url: fresh.url, scale });
  client = new pg.Client({ connectionString: fresh.url });
  await client.connect();
}, 180_000);

afterAll(async () => {
  await client?.end();
  await fresh?.drop();
});

describe("seed:scale", () => {
  it("builds one province's registry, plans, inspections, findings and records", () => {
    expect(first.counts).toMatchObject({
      provinces: 1,
      // 24 provincial agencies, 8 districts, 63 communes, 7 communes formed in 2025
      agency: 102,
      reorganisation: 1,
      agency_succession: 21,
      inspection_plan: 10,
      plan_member: 80,
      // every unit in force in January but the DOST: 23 + 8 + 63, for ten years
      plan_target: 940,
    });
    // every target a dossier review, and 70 % of them also on site (1,598 expected)
    expect(first.counts.inspection).toBeGreaterThan(940 * 1.6);
    expect(first.counts.inspection).toBeLessThan(940 * 1.8);
    // 51 to 53 items per inspection
    expect(first.counts.inspection_item).toBeGreaterThan(first.counts.inspection * 50);
    expect(first.counts.finding).toBeGreaterThan(first.counts.inspection_item * 0.03);
    expect(first.counts.finding).toBeLessThan(first.counts.inspection_item * 0.06);
    expect(first.counts.corrective_answer).toBeGreaterThan(first.counts.finding * 0.5);
    expect(first.counts.qms_record).toBeGreaterThan(1000);
    expect(first.counts.record_file).toBe(first.counts.record_version);
  });

  it("keeps every foreign key, each checked against all rows", async () => {
    const keys = await rows<{
      tbl: string;
      name: string;
      cols: string[];
      ref: string;
      refcols: string[];
      valid: boolean;
    }>(`
      SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, c.confrelid::regclass::text AS ref, c.convalidated AS valid,
             (SELECT array_agg(a.attname::text ORDER BY k.n) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS cols,
             (SELECT array_agg(a.attname::text ORDER BY k.n) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
                JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS refcols
        FROM pg_constraint c JOIN pg_namespace s ON s.oid = c.connamespace
       WHERE c.contype = 'f' AND s.nspname = 'public'`);
    // The loaded tables' keys were dropped for the load and added back: all must be there again.
    const names = keys.map((k) => k.name);
    for (const name of [
      "inspection_item_inspectionId_fkey",
      "inspection_item_checklistItemId_fkey",
      "finding_itemId_fkey",
      "corrective_answer_reportId_fkey",
      "record_file_versionId_fkey",
      "annual_report_versionId_fkey",
    ])
      expect(names).toContain(name);
    const broken: string[] = [];
    for (const k of keys) {
      expect(k.valid).toBe(true);
      const on = k.cols.map((c, i) => `r."${k.refcols[i]}" = t."${c}"`).join(" AND ");
      const set = k.cols.map((c) => `t."${c}" IS NOT NULL`).join(" AND ");
      const [found] = await rows<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${k.tbl} t WHERE ${set} AND NOT EXISTS (SELECT 1 FROM ${k.ref} r WHERE ${on})`,
      );
      if (found!.n) broken.push(`${k.name}: ${found!.n}`);
    }
    expect(broken).toEqual([]);
    expect(keys.length).toBeGreaterThan(50);
  });

  it("gives signed-off inspections results, findings and an overall result consistent with their items", async () => {
    const inconsistent = await rows(`
      SELECT i.id, i."overallResult", agg.*
        FROM inspection i
        JOIN (SELECT "inspectionId",
                     count(*) FILTER (WHERE result IS NULL) AS unassessed,
                     count(*) FILTER (WHERE result = 'MAJOR_NC') AS major,
                     count(*) FILTER (WHERE result = 'MINOR_NC') AS minor,
                     count(*) FILTER (WHERE result = 'RECOMMENDATION') AS recommended
                FROM inspection_item GROUP BY "inspectionId") agg ON agg."inspectionId" = i.id
        LEFT JOIN (SELECT "inspectionId", count(*) FILTER (WHERE severity = 'MAJOR') AS major,
                          count(*) FILTER (WHERE severity = 'MINOR') AS minor,
                          count(*) FILTER (WHERE severity = 'RECOMMENDATION') AS recommended
                     FROM finding GROUP BY "inspectionId") f ON f."inspectionId" = i.id
       WHERE i.status = 'SIGNED_OFF'
         AND (agg.unassessed > 0 OR i."recordDate" IS NULL OR i."signedOffAt" IS NULL OR i."signedOffById" IS NULL
              OR i."overallResult" IS DISTINCT FROM (CASE WHEN agg.major > 0 THEN 'NOT_CONFORMING'
                   WHEN agg.minor > 0 THEN 'CONFORMING_WITH_FINDINGS' ELSE 'CONFORMING' END)::"OverallResult"
              OR coalesce(f.major, 0) <> agg.major OR coalesce(f.minor, 0) <> agg.minor
              OR coalesce(f.recommended, 0) <> agg.recommended)
       LIMIT 5`);
    expect(inconsistent).toEqual([]);
    // Nonconformities are due two months after the record, never before it; a closed one has its date.
    const [due] = await rows<{ bad: number; nonconformities: number }>(`
      SELECT count(*) FILTER (WHERE f."dueDate" IS DISTINCT FROM (i."recordDate" + interval '2 months')::date
                                 OR (f.status = 'CLOSED' AND f."closedAt" IS NULL))::int AS bad,
             count(*)::int AS nonconformities
        FROM finding f JOIN inspection i ON i.id = f."inspectionId"
       WHERE i.status = 'SIGNED_OFF' AND f.severity <> 'RECOMMENDATION'`);
    expect(due!.nonconformities).toBeGreaterThan(100);
    expect(due!.bad).toBe(0);
    const [overdue] = await rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM finding WHERE status IN ('OPEN', 'REJECTED') AND "dueDate" < date '2025-12-01'`,
    );
    expect(overdue!.n).toBeGreaterThan(0);

    // The app's score of a sample of inspections is what their items say, and complete (not provisional).
    const items = await rows<{
      id: string;
      standard: ChecklistStandard;
      clauseGroup: string;
      clause: string;
      result: ItemResult | null;
    }>(`
      SELECT it."inspectionId" AS id, t.standard, ci."clauseGroup", ci.clause, it.result
        FROM inspection_item it JOIN checklist_item ci ON ci.id = it."checklistItemId"
        JOIN checklist_template t ON t.id = ci."templateId"
       WHERE it."inspectionId" IN (SELECT id FROM inspection WHERE status = 'SIGNED_OFF' ORDER BY id LIMIT 40)`);
    const byInspection = new Map<string, typeof items>();
    for (const item of items) byInspection.set(item.id, [...(byInspection.get(item.id) ?? []), item]);
    expect(byInspection.size).toBe(40);
    for (const list of byInspection.values()) {
      const { overall } = scoreInspection(list);
      const conforming = list.filter((i) => i.result === "CONFORM" || i.result === "RECOMMENDATION").length;
      const applicable = list.filter((i) => i.result !== "NOT_APPLICABLE").length;
      expect(overall.provisional).toBe(false);
      expect(overall.conformity).toBeCloseTo(conforming / applicable, 10);
      expect(conformityPercent(overall.conformity!)).toBeGreaterThan(50);
    }
  });

  it("gives the same rows with the same ids when run again", async () => {
    const before = await idDigest();
    await client.end();
    const again = await buildScaleDataset({ url: fresh.url, scale });
    client = new pg.Client({ connectionString: fresh.url });
    await client.connect();
    expect(again.counts).toEqual(first.counts);
    expect(await idDigest()).toBe(before);
  }, 180_000);

  it("refuses to empty a database it did not build", async () => {
    const other = await createFreshDatabase();
    try {
      const c = new pg.Client({ connectionString: other.url });
      await c.connect();
      await c.query(`CREATE TABLE precious (id int)`);
      await c.end();
      await expect(prepareScaleDatabase(other.url)).rejects.toThrow(ScaleDatabaseError);
      const check = new pg.Client({ connectionString: other.url });
      await check.connect();
      expect((await check.query(`SELECT to_regclass('public.precious') AS t`)).rows[0].t).toBe("precious");
      await check.end();
    } finally {
      await other.drop();
    }
  });
});
