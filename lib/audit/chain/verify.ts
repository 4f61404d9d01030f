import type pg from "pg";

/**
 * Checks the tamper-evident chain of the audit log (migration audit_chain): rows in chainSeq order 1, 2, 3…
 * with no gap, each naming the previous row's hash, each hash recomputed by the database's own
 * `audit_event_digest` (the function the sealing trigger uses), and no committed row left unsealed.
 *
 * What it proves: nobody changed, removed or slipped in a row without recomputing every hash after it. A
 * superuser can recompute the whole chain, and removing the newest rows leaves a shorter valid chain; both
 * show only against a head (chainSeq and hash) noted elsewhere earlier, which `head` is for.
 */
export type ChainRow = { chainSeq: string | null; id: string; type: string; at: Date };

export type ChainProblem = "gap" | "prev_hash" | "hash" | "unsealed";

export type ChainResult =
  | { ok: true; count: number; head: { chainSeq: string; hash: string } | null }
  | { ok: false; count: number; problem: ChainProblem; row: ChainRow; expectedSeq: string };

type Walked = {
  id: string;
  chainSeq: string;
  prevHash: string | null;
  hash: string | null;
  expected: string;
  type: string;
  at: Date;
};

const genesis = "0".repeat(64);
const batchSize = 5000;

/** Walks the chain in one snapshot (REPEATABLE READ, READ ONLY) on a client of the caller's; stops at the first broken row. */
export async function verifyAuditChain(client: pg.ClientBase): Promise<ChainResult> {
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
  try {
    return await walk(client);
  } finally {
    await client.query("COMMIT");
  }
}

async function walk(client: pg.ClientBase): Promise<ChainResult> {
  let expectedSeq = 1n;
  let prev = genesis;
  let count = 0;
  for (;;) {
    const { rows } = await client.query<Walked>(
      `SELECT e.id::text AS id, e."chainSeq"::text AS "chainSeq", e."prevHash", e.hash, audit_event_digest(e) AS expected, e.type, e.at
         FROM audit_event e WHERE e."chainSeq" >= $1 ORDER BY e."chainSeq" LIMIT ${batchSize}`,
      [expectedSeq.toString()],
    );
    for (const row of rows) {
      const broken = (problem: ChainProblem): ChainResult => ({
        ok: false,
        count,
        problem,
        row: pick(row),
        expectedSeq: expectedSeq.toString(),
      });
      if (BigInt(row.chainSeq) !== expectedSeq) return broken("gap");
      if (row.prevHash !== prev) return broken("prev_hash");
      if (row.hash !== row.expected) return broken("hash");
      prev = row.hash;
      expectedSeq += 1n;
      count += 1;
    }
    if (rows.length < batchSize) break;
  }
  // Rows are sealed when their transaction commits, so a visible row without a chain was written with the
  // trigger switched off.
  const unsealed = await client.query<ChainRow>(
    `SELECT NULL AS "chainSeq", id::text AS id, type, at FROM audit_event WHERE "chainSeq" IS NULL ORDER BY id LIMIT 1`,
  );
  if (unsealed.rows[0])
    return { ok: false, count, problem: "unsealed", row: unsealed.rows[0], expectedSeq: expectedSeq.toString() };
  return { ok: true, count, head: count ? { chainSeq: (expectedSeq - 1n).toString(), hash: prev } : null };
}

const pick = (row: Walked): ChainRow => ({ chainSeq: row.chainSeq, id: row.id, type: row.type, at: row.at });

const problemText: Record<ChainProblem, string> = {
  gap: "thiếu dòng trước nó (đã bị xoá?) — a row before it is missing (deleted?)",
  prev_hash: "không khớp mã băm của dòng trước (prevHash) — does not carry the previous row's hash",
  hash: "nội dung đã bị sửa (hash sai) — its content was changed (hash mismatch)",
  unsealed: "không nằm trong chuỗi (ghi khi trigger bị tắt?) — is not in the chain (written with the trigger off?)",
};

/** One or two lines for the operator, Vietnamese first. */
export function describeChainResult(result: ChainResult): string {
  if (result.ok) {
    if (!result.head) return "✓ Nhật ký hệ thống trống — the audit log is empty";
    return [
      `✓ Chuỗi nhật ký hợp lệ: ${result.count} dòng — audit chain intact: ${result.count} rows`,
      `  Dòng cuối (head) chainSeq ${result.head.chainSeq}, hash ${result.head.hash} — note it elsewhere to detect a recomputed chain`,
    ].join("\n");
  }
  const { row } = result;
  const where =
    row.chainSeq === null ? `id ${row.id}` : `chainSeq ${row.chainSeq} (expected ${result.expectedSeq}), id ${row.id}`;
  return [
    `✗ Chuỗi nhật ký bị phá vỡ tại dòng ${where}, ${row.type}, ${row.at.toISOString()} — audit chain broken at this row`,
    `  Dòng này ${problemText[result.problem]}; ${result.count} dòng trước đó hợp lệ — ${result.count} rows before it are intact`,
  ].join("\n");
}
