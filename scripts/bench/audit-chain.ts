// Audit chain overhead (part of `npm run bench`; alone: node --import tsx scripts/bench/audit-chain.ts).
// The same audited transactions with the sealing trigger on and off (ALTER TABLE … DISABLE TRIGGER
// audit_event_chain), alternating, on a database of their own:
//  - 8 parallel writers × many short transactions, each writing one audit row through writeAudit, as a use
//    case does: transactions/s and p95 latency;
//  - one transaction writing 10,000 rows through writeAuditMany, as an import commits: duration.
// Targets: parallel throughput ≥ 0.8× of the unchained baseline (an ordinary use case should not notice the
// chain) and the bulk transaction ≤ 5× (sealing costs a few tenths of a millisecond per row). Then the chain is verified.
import pg from "pg";
import { verifyAuditChain } from "@/lib/audit/chain/verify";
import { writeAudit, writeAuditMany } from "@/lib/audit/mutations";
import { createDb } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { benchDatabase } from "./database";
import { median, quantile } from "./measure";

const writers = 8;
const perWriter = Number(process.env.BENCH_AUDIT_TX ?? 150);
const bulkRows = 10_000;
const rounds = 3;

const database = await benchDatabase("qms_bench_audit_chain");
await migrate({ connectionString: database.url });
const db = createDb(database.url, writers);
const admin = new pg.Client({ connectionString: database.url });
await admin.connect();
const chain = (on: boolean) =>
  admin.query(`ALTER TABLE audit_event ${on ? "ENABLE" : "DISABLE"} TRIGGER audit_event_chain`);

async function parallel() {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < perWriter; i++) {
        const t = performance.now();
        await db.$transaction((tx) =>
          writeAudit(tx, {
            type: "notification.read_all",
            actorId: null,
            target: { type: "bench", id: `${w}-${i}` },
            data: { count: i },
            ip: "10.0.0.1",
          }),
        );
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { tps: (writers * perWriter) / ((performance.now() - started) / 1000), p95: quantile(latencies, 0.95) };
}

async function bulk() {
  const inputs = Array.from({ length: bulkRows }, (_, i) => ({
    type: "agency.created" as const,
    actorId: null,
    target: { type: "bench", id: `${i}` },
    data: { code: `B${i}`, name: `Đơn vị ${i}` },
  }));
  const started = performance.now();
  await db.$transaction((tx) => writeAuditMany(tx, inputs), { timeout: 120_000 });
  return performance.now() - started;
}

const results = {
  off: { tps: [] as number[], p95: [] as number[], bulk: [] as number[] },
  on: { tps: [] as number[], p95: [] as number[], bulk: [] as number[] },
};
let failed = false;
try {
  await chain(true);
  await parallel(); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const mode of ["off", "on"] as const) {
      await chain(mode === "on");
      const p = await parallel();
      results[mode].tps.push(p.tps);
      results[mode].p95.push(p.p95);
      results[mode].bulk.push(await bulk());
    }
  }
  await chain(true);
  // Rows written with the trigger off are unsealed on purpose here; the chain of the sealed ones is checked.
  const sealed = await admin.query(`SELECT count(*)::int AS n FROM audit_event WHERE "chainSeq" IS NOT NULL`);
  const verified = await verifyAuditChain(admin);
  const chainOk = verified.ok || (verified.problem === "unsealed" && verified.count === sealed.rows[0].n);

  const off = { tps: median(results.off.tps), p95: median(results.off.p95), bulk: median(results.off.bulk) };
  const on = { tps: median(results.on.tps), p95: median(results.on.p95), bulk: median(results.on.bulk) };
  const f = (n: number, d = 1) => n.toFixed(d);
  console.log(
    `\nAudit chain (${database.label}; ${writers} writers × ${perWriter} transactions, median of ${rounds} rounds):`,
  );
  console.log("| case | unchained | chained | ratio | target |");
  console.log("|---|---:|---:|---:|---|");
  console.log(
    `| parallel audited transactions/s | ${f(off.tps, 0)} | ${f(on.tps, 0)} | ${f(on.tps / off.tps, 2)} | ≥ 0.8 |`,
  );
  console.log(`| parallel p95 ms | ${f(off.p95)} | ${f(on.p95)} | ${f(on.p95 / off.p95, 2)} | — |`);
  console.log(
    `| ${bulkRows} rows in one transaction, ms | ${f(off.bulk, 0)} | ${f(on.bulk, 0)} | ${f(on.bulk / off.bulk, 2)} | ≤ 5 |`,
  );
  console.log(`| chain verified | | ${sealed.rows[0].n} sealed rows | ${chainOk ? "valid" : "BROKEN"} | valid |`);
  failed = on.tps / off.tps < 0.8 || on.bulk / off.bulk > 5 || !chainOk;
} finally {
  await chain(true).catch(() => {});
  await admin.end();
  await db.$disconnect();
  await database.stop();
}
if (failed) {
  console.error("✗ audit chain: a target was missed");
  process.exit(1);
}
