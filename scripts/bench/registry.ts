// Registry benchmark (run by `npm run bench`, or alone: node --conditions=react-server --import tsx scripts/bench/registry.ts).
// On a synthetic national-scale registry (~3,500 units) it compares the list's data function (Prisma) with
// the raw SQL of the same query, and times a 10,000-row XLSX import end to end (parse, dry run, commit).
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import pg from "pg";
import { agencyDerived } from "@/lib/agencies/registry/derived";
import { listAgencies } from "@/lib/agencies/data";
import { parseSpreadsheet } from "@/lib/agencies/import/parse";
import { commitImport, previewImport } from "@/lib/agencies/import/mutations";
import type { AgencyListQuery } from "@/lib/agencies/schema";
import { columns } from "@/lib/agencies/registry/columns";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { createDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { migrate } from "@/lib/db/migrate";
import { foldForSearch } from "@/lib/text/normalize";
import { seed } from "@/prisma/seed/seed";
import { benchDatabase } from "./database";
import { time as measure } from "./measure";

const iterations = Number(process.env.BENCH_ITERATIONS ?? 30);
const targetUnits = 3500;
const syllables = [
  "An",
  "Bình",
  "Châu",
  "Đông",
  "Hòa",
  "Hưng",
  "Long",
  "Mỹ",
  "Phú",
  "Tân",
  "Thạnh",
  "Vĩnh",
  "Xuân",
  "Phước",
  "Lộc",
  "Thới",
  "Hội",
  "Khánh",
  "Sơn",
  "Điền",
  "Ô",
  "Ấp",
  "Ưng",
  "Nhơn",
];
const word = (n: number) =>
  `${syllables[n % syllables.length]} ${syllables[Math.floor(n / syllables.length) % syllables.length]}`;

const time = (fn: () => Promise<unknown>) => measure(fn, iterations);

/** Adds synthetic districts and communes until the registry holds about `targetUnits` units. */
async function growRegistry(db: ReturnType<typeof createDb>) {
  const kinds = new Map((await db.agencyKind.findMany()).map((k) => [k.code, k]));
  const have = await db.agency.count();
  const districts = Math.ceil((targetUnits - have) / 6);
  const rows: Prisma.AgencyCreateManyInput[] = [];
  for (let d = 0; d < districts && have + rows.length < targetUnits; d++) {
    const districtId = randomUUID();
    const name = `UBND Huyện ${word(d)} ${d}`;
    rows.push({
      id: districtId,
      code: `S${d}`,
      name,
      kindId: kinds.get("ubnd_huyen")!.id,
      isoRequirement: "MANDATORY",
      standardVersion: "ISO_9001_2015",
      ...agencyDerived({ name, code: `S${d}` }),
    });
    for (let c = 0; c < 5 && have + rows.length < targetUnits; c++) {
      const code = `S${d}-${c}`;
      const communeName = `UBND Xã ${word(d * 5 + c + 7)} ${d}-${c}`;
      rows.push({
        code,
        name: communeName,
        parentId: districtId,
        kindId: kinds.get("ubnd_xa")!.id,
        isoRequirement: "ENCOURAGED",
        standardVersion: c % 3 ? "ISO_9001_2015" : "ISO_9001_2008",
        announcementNumber: c % 2 ? `${c}/QĐ-UBND` : null,
        announcementDate: c % 2 ? new Date("2021-03-01") : null,
        ...agencyDerived({ name: communeName, code }),
      });
    }
  }
  for (let i = 0; i < rows.length; i += 1000) await db.agency.createMany({ data: rows.slice(i, i + 1000) });
  return db.agency.count();
}

/** The raw SQL of the list: the same filters, joins, order and page as lib/agencies/data.ts. */
async function rawList(pool: pg.Pool, query: AgencyListQuery) {
  const where: string[] = [`a."validFrom" <= CURRENT_DATE`, `(a."validTo" IS NULL OR a."validTo" >= CURRENT_DATE)`];
  const params: unknown[] = [];
  for (const token of query.q ? foldForSearch(query.q).split(" ") : []) {
    params.push(`%${token}%`);
    where.push(`a."searchText" LIKE $${params.length}`);
  }
  if (query.kind) {
    params.push(query.kind);
    where.push(`k.code = $${params.length}`);
  }
  if (query.district) {
    params.push(query.district);
    where.push(`(a.code = $${params.length} OR p.code = $${params.length})`);
  }
  const sqlWhere = where.join(" AND ");
  const from = `agency a JOIN agency_kind k ON k.id = a."kindId" LEFT JOIN agency p ON p.id = a."parentId"`;
  const offset = (query.page - 1) * 50;
  await Promise.all([
    pool.query(
      `SELECT a.id, a.code, a.name, a."shortName", a."isoRequirement", a."standardVersion", a."announcementNumber", a."announcementDate", a.confirmed, a."validFrom", a."validTo",
              k.code AS kind_code, k."nameVi", k."nameEn", p.id AS parent_id, p.name AS parent_name
       FROM ${from} WHERE ${sqlWhere} ORDER BY a."sortKey", a.code, a."validFrom" LIMIT 50 OFFSET ${offset}`,
      params,
    ),
    pool.query(`SELECT count(*) FROM ${from} WHERE ${sqlWhere}`, params),
  ]);
}

async function xlsxOf(rows: number, parentCode: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Danh mục");
  sheet.addRow(columns.map((c) => c.header));
  for (let i = 0; i < rows; i++) {
    const values: Record<string, string> = {
      code: `N${i}`,
      name: `UBND Xã Nhập ${word(i)} ${i}`,
      kind: "ubnd_xa",
      parentCode,
      isoRequirement: "Khuyến khích",
      standardVersion: "TCVN ISO 9001:2015",
      announcementNumber: `${i}/QĐ-UBND`,
      announcementDate: "15/03/2021",
      contactEmail: `iso${i}@example.gov.vn`,
    };
    sheet.addRow(columns.map((c) => values[c.key] ?? ""));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const fmt = (n: number, d = 1) => n.toFixed(d);

const target = await benchDatabase("qms_bench");
const globalForDb = globalThis as unknown as { __qmsDb?: ReturnType<typeof createDb> };
try {
  await migrate({ connectionString: target.url });
  await seed(target.url, { demo: false });
  const db = createDb(target.url, 5);
  globalForDb.__qmsDb = db;
  const units = await growRegistry(db);
  const admin = await db.user.create({
    data: { email: `bench-${randomUUID()}@example.gov.vn`, name: "Bench", role: "DOST_ADMIN", passwordHash: "x" },
  });
  const actor: Actor = {
    id: admin.id,
    email: admin.email,
    name: admin.name,
    role: "DOST_ADMIN",
    agencyId: null,
    mustChangePassword: false,
  };
  const scope = scopeFor(actor);
  const pool = new pg.Pool({ connectionString: target.url, max: 5 });

  const cases: { name: string; query: AgencyListQuery }[] = [
    { name: "first page, no filter", query: { page: 1 } },
    { name: 'search "my hoa" (no diacritics)', query: { q: "my hoa", page: 1 } },
    { name: "kind ubnd_xa, page 20", query: { kind: "ubnd_xa", page: 20 } },
    { name: "one district and its communes", query: { district: "S7", page: 1 } },
  ];
  console.log(`\nRegistry list: ${units} units, ${iterations} runs per figure (median), database: ${target.label}`);
  console.log("| query | listAgencies ms | raw SQL ms | ratio (target ≤ 2) |");
  console.log("|---|---:|---:|---:|");
  for (const c of cases) {
    const app = await time(() => listAgencies(scope, c.query));
    const raw = await time(() => rawList(pool, c.query));
    console.log(`| ${c.name} | ${fmt(app, 2)} | ${fmt(raw, 2)} | ${fmt(app / raw, 2)} |`);
  }
  await pool.end();

  const district = await db.agency.findFirstOrThrow({ where: { code: "S1" } });
  const file = await xlsxOf(10_000, district.code);
  const t0 = performance.now();
  const parsed = await parseSpreadsheet(file, "bench.xlsx");
  if (!parsed.ok) throw new Error(`parse failed: ${parsed.problem.key}`);
  const t1 = performance.now();
  const preview = await previewImport(
    { fileName: "bench.xlsx", format: parsed.format, raw: parsed.rows },
    { scope: scopeFor(actor), ip: null },
  );
  if (preview.errors) throw new Error(`${preview.errors} validation errors in the synthetic file`);
  const t2 = performance.now();
  const committed = await commitImport({ id: preview.id }, { scope: scopeFor(actor), ip: null });
  const t3 = performance.now();
  console.log(
    `\nImport of a 10,000-row XLSX (${(file.length / 1024).toFixed(0)} KiB, ${committed.created} units created), seconds:`,
  );
  console.log("| parse | dry run | commit | total (target ≤ 10) |");
  console.log("|---:|---:|---:|---:|");
  console.log(
    `| ${fmt((t1 - t0) / 1000, 2)} | ${fmt((t2 - t1) / 1000, 2)} | ${fmt((t3 - t2) / 1000, 2)} | ${fmt((t3 - t0) / 1000, 2)} |`,
  );
  await db.$disconnect();
} finally {
  await target.stop();
}
