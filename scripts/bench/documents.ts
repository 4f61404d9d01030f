// Official documents at national scale (part of `npm run bench`; alone:
// node --import ./scripts/lib/server-only-register.mjs --import tsx scripts/bench/documents.ts [--database-url …]).
// On the synthetic national data set of `npm run seed:scale` (34 provinces, 2016–2025; built at full scale when
// its database has no full build of this version, reused otherwise), for the year 2025:
//  - the November consolidation report (TT26 Đ38) as of 15/11/2025: its figures (lib/year-reports
//    computeFigures) → yearReportDocument, then renderDocx / renderPdf (lib/official/render), against building
//    the same document model without rendering (the baseline, measured in the same run).
// Each case is `{ name, model, render, target }`: `model` builds the documents from the database, `render` turns
// them into the bytes a user downloads; the ratio is (model + render) ÷ model.
//  - the request letters (TT26 Đ35) of the seeded 2021 An Giang plan, on a database of its own (migrated and
//    seeded as `npm start` does): the plan's papers read (lib/plans/papers getPlanPapers) → the 197 letters'
//    models, then the ZIP a user downloads (one DOCX per unit) and the combined DOCX, against the models alone.
import { db } from "@/lib/db";
import type { OfficialDocument } from "@/lib/official/model";
import { renderDocx } from "@/lib/official/render/docx";
import { renderPdf } from "@/lib/official/render/pdf";
import { createDb } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { renderDocxMany } from "@/lib/official/render/docx";
import { getPlanPapers, paperNumber } from "@/lib/plans/papers/data";
import { requestLetterDocuments } from "@/lib/plans/papers/documents";
import { requestLettersZip } from "@/lib/plans/papers/letters-zip";
import { seed } from "@/prisma/seed/seed";
import { computeFigures } from "@/lib/year-reports/data";
import { yearReportDocument } from "@/lib/year-reports/document";
import { narrativeOf } from "@/lib/year-reports/schema";
import { benchDatabase } from "./database";
import { benchScope, scaleAdminScope, scaleBenchDatabase } from "./scale";
import { median } from "./measure";

export type DocumentCase = {
  name: string;
  /** Builds the documents' models from the database: the baseline. */
  model: () => Promise<OfficialDocument[]>;
  /** The files a user downloads, made from the models (one or more buffers). */
  render: (docs: OfficialDocument[]) => Promise<Uint8Array[]>;
  /**
   * The most (model + render) ÷ model may be; null: reported only (the letters' models are a few milliseconds of
   * pure code, so their ratio says how much rendering costs, not whether anything regressed).
   */
  target: number | null;
  /** The database the case reads (the scale data set when absent). */
  db?: unknown;
};

const rounds = Number(process.env.BENCH_DOCUMENT_ROUNDS ?? 3);
const year = 2025;
const asOf = new Date(Date.UTC(year, 10, 15));

const database = await scaleBenchDatabase();
process.env.DATABASE_URL = database.url; // the app's `db`, read by the figures

const scope = await scaleAdminScope();

const november = async (): Promise<OfficialDocument[]> => {
  const kind = "NOVEMBER_CONSOLIDATION" as const;
  const figures = await computeFigures(scope, { kind, year, asOf });
  const narrative = narrativeOf(kind, {
    results: "Kết quả kiểm tra năm 2025 trên dữ liệu tổng hợp toàn quốc (34 tỉnh).",
    findings: "Các điểm không phù hợp tập trung ở nhóm điều khoản về đánh giá nội bộ và hành động khắc phục.",
  });
  return [yearReportDocument({ kind, year, figures, narrative, approvalNumber: null, approvalDate: null })];
};

const cases: DocumentCase[] = [
  {
    name: `November ${year} consolidation report (figures → model) + DOCX`,
    model: november,
    render: (docs) => Promise.all(docs.map(renderDocx)),
    target: 3,
  },
  {
    name: `November ${year} consolidation report (figures → model) + PDF`,
    model: november,
    render: (docs) => Promise.all(docs.map(renderPdf)),
    target: 3,
  },
];

/** The seeded An Giang database of the letters case, and the 2021 plan's letters as its administrator reads them. */
const province = await benchDatabase("qms_bench_documents");
await migrate({ connectionString: province.url });
await seed(province.url, { demo: true });
const provinceDb = createDb(province.url, 5);
// `db` reads the client in this global (lib/db.ts): each case points it at its own database.
const globalForDb = globalThis as unknown as { __qmsDb?: unknown };
const scaleDb = globalForDb.__qmsDb; // created by the administrator's lookup above
const provinceAdmin = await provinceDb.user.findUniqueOrThrow({ where: { email: "quantri@sokhcn.example" } });
const plan2021 = await provinceDb.inspectionPlan.findFirstOrThrow({
  where: { number: "05/KH-SKHCN" },
  orderBy: { version: "desc" },
});
const provinceScope = benchScope(provinceAdmin);
let letterUnits: Parameters<typeof requestLettersZip>[1] = [];
const requestLetters = async (): Promise<OfficialDocument[]> => {
  const papers = await getPlanPapers(provinceScope, plan2021.id);
  if (!papers) throw new Error("the 2021 plan is not visible to its administrator");
  letterUnits = papers.letterUnits;
  return requestLetterDocuments(papers.plan, paperNumber(papers, "REQUEST_LETTER"), papers.letterUnits);
};
cases.push({
  name: "2021 request letters (papers read → models) + ZIP of one DOCX per unit + combined DOCX",
  model: requestLetters,
  render: async (docs) => [
    new Uint8Array(await new Response(requestLettersZip(docs, letterUnits)).arrayBuffer()),
    new Uint8Array(await renderDocxMany(docs)),
  ],
  target: null,
  db: provinceDb,
});

/** Median ms of the model alone and of model + render, alternating, after one warm-up round of each. */
async function measure(c: DocumentCase) {
  globalForDb.__qmsDb = c.db ?? scaleDb;
  const modelMs: number[] = [];
  const totalMs: number[] = [];
  const renderMs: number[] = [];
  let documents = 0;
  let bytes = 0;
  for (let round = 0; round <= rounds; round++) {
    let started = performance.now();
    await c.model();
    const m = performance.now() - started;
    started = performance.now();
    const docs = await c.model();
    const built = performance.now();
    const files = await c.render(docs);
    const ended = performance.now();
    if (round === 0) continue;
    modelMs.push(m);
    totalMs.push(ended - started);
    renderMs.push(ended - built);
    documents = docs.length;
    bytes = files.reduce((s, f) => s + f.byteLength, 0);
  }
  return { model: median(modelMs), total: median(totalMs), render: median(renderMs), documents, bytes };
}

let failed = false;
try {
  const rows = [];
  for (const c of cases) rows.push({ c, ...(await measure(c)) });
  const f = (n: number) => n.toFixed(0);
  const counts = database.counts;
  console.log(
    `\nDocuments on the national-scale synthetic data set (${counts.provinces} provinces, ${counts.agency} units, ` +
      `${counts.inspection_item?.toLocaleString("en")} checklist results, ${counts.finding?.toLocaleString("en")} findings; ` +
      `${database.built === null ? "reused" : `built in ${database.built.toFixed(0)} s`}); median of ${rounds} after a warm-up:`,
  );
  console.log(
    "| case | documents | bytes | model ms (baseline) | render ms | render ms per document | model + render ms | ratio | target |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const r of rows) {
    const ratio = r.total / r.model;
    if (r.c.target !== null && ratio > r.c.target) failed = true;
    console.log(
      `| ${r.c.name} | ${r.documents} | ${r.bytes.toLocaleString("en")} | ${f(r.model)} | ${f(r.render)} | ${(r.render / r.documents).toFixed(1)} | ${f(r.total)} | ${ratio.toFixed(2)} | ${r.c.target === null ? "reported" : `≤ ${r.c.target}`} |`,
    );
  }
} finally {
  await provinceDb.$disconnect();
  await province.stop();
  globalForDb.__qmsDb = scaleDb;
  await db.$disconnect();
  await database.stop();
}
if (failed) {
  console.error("✗ documents: a target was missed");
  process.exit(1);
}
