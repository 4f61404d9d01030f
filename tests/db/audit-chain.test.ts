import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/chain/verify";
import { writeAudit } from "@/lib/audit";
import { createDb } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { createFreshDatabase, type FreshDb } from "@/tests/support/fresh-db";
import { withClient } from "@/tests/support/pg";

/** Each test that breaks the chain gets a database of its own (the shared one must stay valid). */
const opened: { fresh: FreshDb; db: ReturnType<typeof createDb> }[] = [];
afterAll(async () => {
  for (const { fresh, db } of opened) {
    await db.$disconnect();
    await fresh.drop();
  }
});

async function chainDatabase(pool = 4) {
  const fresh = await createFreshDatabase();
  await migrate({ connectionString: fresh.url });
  const db = createDb(fresh.url, pool);
  opened.push({ fresh, db });
  return { url: fresh.url, db };
}

const verify = (url: string) => withClient(url, verifyAuditChain);

async function writeRows(db: ReturnType<typeof createDb>, count: number) {
  for (let i = 0; i < count; i++) {
    await db.$transaction((tx) =>
      writeAudit(tx, {
        type: "notification.read_all",
        actorId: null,
        target: { type: "test", id: randomUUID() },
        data: { count: i },
        ip: "10.0.0.1",
      }),
    );
  }
  return db.auditEvent.findMany({ orderBy: { chainSeq: "asc" } });
}

/** A change only a superuser can make: the table's triggers are skipped for this one transaction. */
const tamper = (url: string, sql: string, params: unknown[]) =>
  withClient(url, async (client) => {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query(sql, params);
    await client.query("COMMIT");
  });

describe("audit chain", () => {
  it("seals every row at commit, in commit order, and verify reports the count and head", async () => {
    const { url } = await chainDatabase();
    await withClient(url, (early) =>
      withClient(url, async (late) => {
        await early.query("BEGIN");
        await early.query(`INSERT INTO audit_event (type, data) VALUES ('user.enabled', '{}')`);
        await late.query("BEGIN");
        await late.query(`INSERT INTO audit_event (type, data) VALUES ('user.disabled', '{}')`);
        const before = await late.query(`SELECT "chainSeq" FROM audit_event WHERE type = 'user.disabled'`);
        expect(before.rows[0].chainSeq).toBeNull();
        await late.query("COMMIT");
        await early.query("COMMIT");
      }),
    );
    const rows = await withClient(url, (c) =>
      c.query(`SELECT type, "chainSeq"::int AS seq, "prevHash", hash FROM audit_event ORDER BY "chainSeq"`),
    );
    expect(rows.rows.map((r) => [r.type, r.seq])).toEqual([
      ["user.disabled", 1],
      ["user.enabled", 2],
    ]);
    expect(rows.rows[0].prevHash).toBe("0".repeat(64));
    expect(rows.rows[1].prevHash).toBe(rows.rows[0].hash);
    expect(await verify(url)).toEqual({ ok: true, count: 2, head: { chainSeq: "2", hash: rows.rows[1].hash } });
  });

  it("leaves a valid, gap-free chain after 20 audited transactions in parallel", async () => {
    const { url, db } = await chainDatabase(20);
    await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        db.$transaction(async (tx) => {
          for (let i = 0; i < 3; i++) {
            await writeAudit(tx, {
              type: "notification.read_all",
              actorId: null,
              target: { type: "test", id: `${n}` },
              data: { count: i },
            });
            await tx.$executeRaw`SELECT pg_sleep(0.005)`;
          }
        }),
      ),
    );
    const seqs = (await db.auditEvent.findMany({ orderBy: { chainSeq: "asc" }, select: { chainSeq: true } })).map((r) =>
      Number(r.chainSeq),
    );
    expect(seqs).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(await verify(url)).toMatchObject({ ok: true, count: 60 });
  });

  it("names the first row changed by hand, through npm run audit:verify too", async () => {
    const { url, db } = await chainDatabase();
    const rows = await writeRows(db, 5);
    await tamper(url, `UPDATE audit_event SET data = '{"count": 99}' WHERE id = $1`, [rows[2]!.id]);
    expect(await verify(url)).toMatchObject({
      ok: false,
      count: 2,
      problem: "hash",
      row: { chainSeq: "3", id: rows[2]!.id.toString(), type: "notification.read_all" },
    });
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/audit-verify.ts"], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: url },
    });
    expect(run.status).toBe(1);
    expect(run.stderr + run.stdout).toContain(`chainSeq 3 (expected 3), id ${rows[2]!.id}`);
  });

  it("detects a deleted row at the row after it, and a row slipped in without the trigger", async () => {
    const { url, db } = await chainDatabase();
    const rows = await writeRows(db, 4);
    await tamper(url, `DELETE FROM audit_event WHERE id = $1`, [rows[1]!.id]);
    expect(await verify(url)).toMatchObject({
      ok: false,
      count: 1,
      problem: "gap",
      expectedSeq: "2",
      row: { chainSeq: "3", id: rows[2]!.id.toString() },
    });

    const other = await chainDatabase();
    await writeRows(other.db, 2);
    await tamper(other.url, `INSERT INTO audit_event (type, data) VALUES ('user.enabled', '{}')`, []);
    expect(await verify(other.url)).toMatchObject({
      ok: false,
      count: 2,
      problem: "unsealed",
      row: { chainSeq: null, type: "user.enabled" },
    });
  });

  it("lets only the trigger's sealing update through, and keeps rows that arrive with their chain", async () => {
    const { url, db } = await chainDatabase();
    const [first] = await writeRows(db, 1);
    await withClient(url, async (client) => {
      await client.query("BEGIN");
      const { rows } = await client.query(
        `INSERT INTO audit_event (type, data) VALUES ('user.enabled', '{}') RETURNING id`,
      );
      await expect(
        client.query(`UPDATE audit_event SET "chainSeq" = 2, "prevHash" = $2, hash = 'x' WHERE id = $1`, [
          rows[0].id,
          first!.hash,
        ]),
      ).rejects.toThrow(/append-only/);
      await client.query("ROLLBACK");
      // A restore inserts rows already chained: the trigger leaves them as they are.
      await client.query(
        `INSERT INTO audit_event (id, type, data, "chainSeq", "prevHash", hash) VALUES (1000, 'user.enabled', '{}', 2, $1, 'restored')`,
        [first!.hash],
      );
      const kept = await client.query(`SELECT "chainSeq"::int AS seq, hash FROM audit_event WHERE id = 1000`);
      expect(kept.rows[0]).toEqual({ seq: 2, hash: "restored" });
    });
    expect(await verify(url)).toMatchObject({ ok: false, problem: "hash", row: { id: "1000" } });
  });

  it("keeps the database's own chain valid while the other test files write", async () => {
    const url = process.env.TEST_DATABASE_URL!;
    expect(await verify(url)).toMatchObject({ ok: true });
  });
});
