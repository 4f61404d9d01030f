// Inspection benchmark (run by `npm run bench` after the build, or alone on a built clone:
// node --conditions=react-server --import tsx scripts/bench/inspections.ts).
//  1. Opening an inspection of 80 checklist items and 200 evidence links: the page's data function
//     (getInspection) against raw SQL reading the same rows, median of BENCH_ITERATIONS, in process.
//  2. Saving one checklist item through its server action, over HTTP against `next start`: p50/p95 of the
//     round trip against a no-op server action (checkSessionAction: the action client alone — session,
//     actor from the database, zod) in the same run, interleaved. Target: p95 ≤ 2×.
//  3. Generating the 2021 plan's 263 inspections (what its approval does, in one transaction) against
//     copying the same item rows with one INSERT … SELECT, median of 3.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { createDb } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { getInspection } from "@/lib/inspections/data";
import { demoPassword } from "@/prisma/seed/demo";
import { seedInspections2021 } from "@/prisma/seed/plan-2021";
import { seed } from "@/prisma/seed/seed";
import { signIn } from "./http.mjs";
import { benchDatabase } from "./database";
import { median, quantile, time as measure } from "./measure";
import { freePort } from "../lib/net.mjs";
import { hasBuild, startNext } from "./next";

const iterations = Number(process.env.BENCH_ITERATIONS ?? 30);
const saves = Number(process.env.BENCH_SAVES ?? 300);
const root = process.cwd();
const fmt = (n: number, d = 1) => n.toFixed(d);

const time = (fn: () => Promise<unknown>) => measure(fn, iterations);

/**
 * The fixture: an on-site inspection of the seeded 2021 plan, widened to every item of the three published
 * checklists (25 + 27 + 28 = 80) with 200 evidence links to record versions of its unit, filled in by
 * the DOST inspector of the demo accounts as the team lead.
 */
async function fixture(db: ReturnType<typeof createDb>) {
  const inspector = await db.user.findUniqueOrThrow({ where: { email: "kiemtra@sokhcn.example" } });
  const inspection = await db.inspection.findFirstOrThrow({
    where: { kind: "ON_SITE", plan: { number: "05/KH-SKHCN" } },
    orderBy: { agency: { sortKey: "asc" } },
  });
  await db.planMember.upsert({
    where: { planId_userId: { planId: inspection.planId, userId: inspector.id } },
    create: { planId: inspection.planId, userId: inspector.id, role: "LEAD" },
    update: { role: "LEAD" },
  });
  const have = new Set(
    (
      await db.inspectionItem.findMany({ where: { inspectionId: inspection.id }, select: { checklistItemId: true } })
    ).map((i) => i.checklistItemId),
  );
  const all = await db.checklistItem.findMany({
    where: { template: { status: "PUBLISHED" } },
    orderBy: [{ template: { standard: "asc" } }, { position: "asc" }],
  });
  await db.inspectionItem.createMany({
    data: all
      .filter((c) => !have.has(c.id))
      .map((c, i) => ({ inspectionId: inspection.id, checklistItemId: c.id, position: 1000 + i })),
  });
  const items = await db.inspectionItem.findMany({
    where: { inspectionId: inspection.id },
    orderBy: { position: "asc" },
  });
  const versions: string[] = [];
  for (let r = 0; r < 20; r++) {
    const record = await db.qmsRecord.create({
      data: {
        agencyId: inspection.agencyId,
        category: "OTHER",
        title: `Hồ sơ đo hiệu năng ${r + 1}`,
        latestVersion: 10,
        createdById: inspector.id,
      },
    });
    for (let v = 1; v <= 10; v++)
      versions.push(
        (await db.recordVersion.create({ data: { recordId: record.id, number: v, uploadedById: inspector.id } })).id,
      );
  }
  await db.inspectionEvidence.createMany({
    data: versions.map((recordVersionId, i) => ({
      id: randomUUID(),
      inspectionId: inspection.id,
      itemId: items[i % items.length]!.id,
      kind: "RECORD" as const,
      recordVersionId,
      createdById: inspector.id,
    })),
  });
  return { inspector, inspection, items };
}

/** The same rows as getInspection, in three statements: the inspection with everything it shows, the actor's membership, the names. */
async function rawInspection(pool: pg.Pool, id: string, userId: string) {
  const { rows } = await pool.query(
    `SELECT i.*, row_to_json(a) AS agency, row_to_json(k) AS kind, row_to_json(t) AS target,
       (SELECT row_to_json(p) FROM (SELECT p.id, p.number, p.year, p.version, p.status, p."issuedOn",
          (SELECT json_agg(json_build_object('id', m.id, 'role', m.role, 'user', json_build_object('id', u.id, 'name', u.name, 'agencyId', u."agencyId")) ORDER BY m.role)
             FROM plan_member m JOIN user_account u ON u.id = m."userId" WHERE m."planId" = p.id) AS members
          FROM inspection_plan p WHERE p.id = i."planId") p) AS plan,
       (SELECT json_agg(x ORDER BY x.position) FROM (
          SELECT ii.*, json_build_object('code', c.code, 'clause', c.clause, 'clauseGroup', c."clauseGroup", 'titleVi', c."titleVi", 'titleEn', c."titleEn",
                   'guidanceVi', c."guidanceVi", 'guidanceEn', c."guidanceEn", 'standard', tp.standard, 'version', tp.version) AS "checklistItem",
                 (SELECT row_to_json(f) FROM finding f WHERE f."itemId" = ii.id) AS finding,
                 (SELECT json_agg(json_build_object('evidence', e, 'number', rv.number, 'title', r.title) ORDER BY e."createdAt")
                    FROM inspection_evidence e LEFT JOIN record_version rv ON rv.id = e."recordVersionId" LEFT JOIN qms_record r ON r.id = rv."recordId"
                    WHERE e."itemId" = ii.id) AS evidence
            FROM inspection_item ii JOIN checklist_item c ON c.id = ii."checklistItemId" JOIN checklist_template tp ON tp.id = c."templateId"
           WHERE ii."inspectionId" = i.id) x) AS items,
       (SELECT json_agg(s."memberId") FROM inspection_assignee s WHERE s."inspectionId" = i.id) AS assignees,
       (SELECT json_agg(ev ORDER BY ev.at) FROM inspection_event ev WHERE ev."inspectionId" = i.id) AS events
     FROM inspection i JOIN agency a ON a.id = i."agencyId" JOIN agency_kind k ON k.id = a."kindId" JOIN plan_target t ON t.id = i."targetId"
     WHERE i.id = $1`,
    [id],
  );
  const inspection = rows[0];
  await pool.query(
    `SELECT m.role, EXISTS (SELECT 1 FROM inspection_assignee s WHERE s."inspectionId" = $1 AND s."memberId" = m.id) AS assigned
       FROM plan_member m WHERE m."planId" = $2 AND m."userId" = $3`,
    [id, inspection.planId, userId],
  );
  const people = new Set<string>();
  for (const item of inspection.items) if (item.updatedById) people.add(item.updatedById);
  await pool.query(`SELECT id, name FROM user_account WHERE id = ANY($1::uuid[])`, [[...people]]);
  return inspection;
}

/** The id under which `next build` registered a server action (its manifest maps ids to file and export). */
function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!found) throw new Error(`no server action ${name} in ${file}: build first`);
  return found[0];
}

/** Calls a server action the way React does for `useActionState` (previous state, input), timing the round trip. */
async function callAction(url: string, id: string, input: unknown, cookie: string) {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", cookie },
    body: JSON.stringify([{ status: "idle" }, input]),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200 || !text.includes('"status":"success"'))
    throw new Error(`action ${id} failed (HTTP ${response.status}): ${text.slice(0, 300)}`);
  return ms;
}

if (!hasBuild()) {
  console.error("inspections bench: no build (.next); run `npm run bench`, which builds first");
  process.exit(1);
}
const target = await benchDatabase("qms_bench_inspections");
const globalForDb = globalThis as unknown as { __qmsDb?: ReturnType<typeof createDb> };
let ok = true;
try {
  await migrate({ connectionString: target.url });
  await seed(target.url, { demo: true });
  const db = createDb(target.url, 5);
  globalForDb.__qmsDb = db;

  // 3 first, on the untouched seed: generation of the 2021 plan's inspections against a plain SQL copy.
  const plan2021 = await db.inspectionPlan.findFirstOrThrow({
    where: { number: "05/KH-SKHCN" },
    orderBy: { version: "desc" },
  });
  const itemRows = await db.inspectionItem.count({ where: { inspection: { planId: plan2021.id } } });
  const generation: number[] = [];
  const copy: number[] = [];
  for (let i = 0; i < 3; i++) {
    // A temporary table lives on one connection: the copy and its removal share one transaction.
    await db.$transaction(async (tx) => {
      const started = performance.now();
      await tx.$executeRawUnsafe(
        `CREATE TEMP TABLE item_copy AS SELECT * FROM inspection_item WHERE "inspectionId" IN (SELECT id FROM inspection WHERE "planId" = '${plan2021.id}')`,
      );
      copy.push(performance.now() - started);
      await tx.$executeRawUnsafe("DROP TABLE item_copy");
    });
    await db.inspection.deleteMany({ where: { planId: plan2021.id } });
    const started = performance.now();
    await seedInspections2021(db as unknown as Parameters<typeof seedInspections2021>[0]);
    generation.push(performance.now() - started);
  }

  const { inspector, inspection, items } = await fixture(db);
  const evidence = await db.inspectionEvidence.count({ where: { inspectionId: inspection.id } });
  const actor: Actor = {
    id: inspector.id,
    email: inspector.email,
    name: inspector.name,
    role: inspector.role,
    agencyId: inspector.agencyId,
    mustChangePassword: false,
  };
  const scope = scopeFor(actor);
  const pool = new pg.Pool({ connectionString: target.url, max: 5 });

  // 1. Opening the inspection.
  const loaded = await getInspection(scope, inspection.id);
  const raw = await rawInspection(pool, inspection.id, inspector.id);
  if (loaded?.items.length !== items.length || raw.items.length !== items.length)
    throw new Error("fixture: item counts differ");
  const prisma = await time(() => getInspection(scope, inspection.id));
  const sql = await time(() => rawInspection(pool, inspection.id, inspector.id));
  await pool.end();
  console.log(
    `\nOpen an inspection (${items.length} items, ${evidence} evidence links; ${target.label}; median of ${iterations})`,
  );
  console.log("| case | median ms | vs raw SQL |");
  console.log("|---|---:|---:|");
  console.log(`| raw SQL (baseline) | ${fmt(sql, 2)} | 1.00 |`);
  console.log(`| getInspection (page data) | ${fmt(prisma, 2)} | ${fmt(prisma / sql, 2)} |`);

  console.log(
    `\nGenerate the 2021 plan's inspections (263 inspections, ${itemRows} items, one transaction; median of 3)`,
  );
  console.log("| case | median ms | vs SQL copy |");
  console.log("|---|---:|---:|");
  console.log(`| INSERT … SELECT of the same item rows (baseline) | ${fmt(median(copy))} | 1.00 |`);
  console.log(`| generateInspections | ${fmt(median(generation))} | ${fmt(median(generation) / median(copy), 2)} |`);

  // 2. Saving one item, against a no-op action, over HTTP.
  const port = await freePort();
  const stop = await startNext(target.url, port);
  try {
    const base = `http://127.0.0.1:${port}`;
    const cookie = await signIn(base, inspector.email, demoPassword);
    const page = `${base}/kiem-tra/${inspection.id}`;
    const save = actionId("lib/inspections/actions.ts", "saveInspectionItemAction");
    const noop = actionId("lib/auth/actions.ts", "checkSessionAction");
    const versions = new Map(items.map((i) => [i.id, i.version]));
    const results = ["CONFORM", "NOT_APPLICABLE"] as const;
    let n = 0;
    const saveOne = () => {
      const item = items[n % items.length]!;
      const version = versions.get(item.id)!;
      versions.set(item.id, version + 1);
      const input = {
        inspectionId: inspection.id,
        itemId: item.id,
        version,
        result: results[Math.floor(n / items.length) % 2],
        note: `Ghi chú ${n}`,
      };
      n += 1;
      return callAction(page, save, input, cookie);
    };
    for (let i = 0; i < 20; i++) {
      await saveOne(); // the first save also starts the inspection and the plan
      await callAction(page, noop, {}, cookie);
    }
    const saved: number[] = [];
    const nothing: number[] = [];
    for (let i = 0; i < saves; i++) {
      nothing.push(await callAction(page, noop, {}, cookie));
      saved.push(await saveOne());
    }
    const ratio = quantile(saved, 0.95) / quantile(nothing, 0.95);
    ok = ratio <= 2;
    console.log(
      `\nSave one checklist item over HTTP (${saves} each, interleaved, one connection; next start on ${target.label})`,
    );
    console.log("| case | p50 ms | p95 ms | p95 vs no-op | target |");
    console.log("|---|---:|---:|---:|---|");
    console.log(
      `| no-op server action (baseline) | ${fmt(quantile(nothing, 0.5))} | ${fmt(quantile(nothing, 0.95))} | 1.00 | |`,
    );
    console.log(
      `| saveInspectionItemAction | ${fmt(quantile(saved, 0.5))} | ${fmt(quantile(saved, 0.95))} | ${fmt(ratio, 2)} | ≤ 2 ${ok ? "✓" : "✗"} |`,
    );
  } finally {
    await stop();
  }
  await db.$disconnect();
} finally {
  await target.stop();
}
process.exit(ok ? 0 : 1);
