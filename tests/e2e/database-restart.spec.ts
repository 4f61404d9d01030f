import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, test } from "@playwright/test";
import { signIn as signInHttp } from "@/scripts/bench/http.mjs";
import {
  createFaultUsers,
  faultPassword,
  pdfBytes,
  saveItem,
  uploadRecord,
  type FaultInspector,
  type Outcome,
} from "./support/fault-users";
import { actionId, startOwnApp, waitHealthy } from "./support/own-app";

/**
 * Issue 11 §4, fault test: PostgreSQL is restarted (stopped, then started again on the same folder and port)
 * while three inspectors save checklist items and three officers of different units upload files. The app is
 * not restarted: it must answer again by itself, every request in between must get the app's own answer (a
 * JSON or action error in Vietnamese, never a hang or a dropped connection), and nothing may be left
 * half-written: every stored file has its row and every row its file (size and SHA-256), no `.part` remains,
 * every saved item has exactly its audit rows. Runs on an app and database of its own (support/own-app.ts).
 */

const users = 3;
const outageMs = 2_000;
const MB = 1024 * 1024;
const results = ["CONFORM", "MINOR_NC", "NOT_APPLICABLE"] as const;
const unexpected = /^Đã có lỗi ngoài dự kiến \(mã [0-9a-f]{8}\)/;

type Phase = "before" | "outage" | "after";
type Logged = { user: string; write: "save" | "upload"; started: Phase; outcome: Outcome };

test.describe.configure({ mode: "serial" });

test("PostgreSQL restarted under load: the app recovers without a restart and nothing is half-written", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const t0 = performance.now();
  const app = await startOwnApp();
  console.log(`own app ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  try {
    const { inspectors, officers } = await app.withClient((client) => createFaultUsers(client, users));
    const save = actionId("lib/inspections/actions.ts", "saveInspectionItemAction");
    const cookies = new Map<string, string>();
    for (const user of [...inspectors, ...officers])
      cookies.set(user.email, await signInHttp(app.base, user.email, faultPassword));
    console.log(`signed in after ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    let phase: Phase = "before";
    let running = true;
    const log: Logged[] = [];
    const acknowledged: { itemId: string; version: number }[] = [];
    const uploaded: { recordId: string; sha256: string; size: number }[] = [];

    const saveOnce = async (inspector: FaultInspector, n: number) => {
      const item = inspector.items[n % inspector.items.length]!;
      const input = {
        inspectionId: inspector.inspectionId,
        itemId: item.id,
        version: item.version,
        result: results[n % results.length]!,
        note: `Lượt ${n + 1}`,
      };
      const started = phase;
      const outcome = await saveItem(app.base, cookies.get(inspector.email)!, save, input);
      log.push({ user: inspector.email, write: "save", started, outcome });
      if (outcome.kind === "success") {
        item.version = outcome.data.version as number;
        acknowledged.push({ itemId: item.id, version: item.version });
      } else if (outcome.kind === "refused" && outcome.code === "CONFLICT") {
        // A save the client saw fail may still have been committed: the conflict says where the item is.
        item.version = (outcome.details?.current as { version: number }).version;
      }
      return outcome;
    };
    const uploadOnce = async (officer: { email: string }, n: number) => {
      const file = pdfBytes(2 * MB + ((n * 7919) % MB));
      const started = phase;
      const fields = {
        category: "INTERNAL_AUDIT_REPORT",
        title: `Báo cáo đánh giá nội bộ ${officer.email} lần ${n + 1}`,
        periodFrom: "01/01/2021",
        periodTo: "30/06/2021",
        note: "",
      };
      const outcome = await uploadRecord(app.base, cookies.get(officer.email)!, file.bytes, fields);
      log.push({ user: officer.email, write: "upload", started, outcome });
      if (outcome.kind === "success")
        uploaded.push({ recordId: outcome.data.id as string, sha256: file.sha256, size: file.bytes.length });
      return outcome;
    };
    const loop = async (once: (n: number) => Promise<Outcome>) => {
      for (let n = 0; running; n++) await once(n);
    };
    const load = [
      ...inspectors.map((i) => loop((n) => saveOnce(i, n))),
      ...officers.map((o) => loop((n) => uploadOnce(o, n))),
    ];
    const everyoneSucceeded = (since: Phase) =>
      [...inspectors, ...officers].every((u) =>
        log.some((l) => l.user === u.email && l.started === since && l.outcome.kind === "success"),
      );

    let recoveredMs = NaN;
    try {
      await test.step("every user writes while the database is up", async () => {
        await expect.poll(() => everyoneSucceeded("before"), { timeout: 30_000 }).toBe(true);
      });
      await test.step("PostgreSQL stops and starts again under the load", async () => {
        phase = "outage";
        await app.stopDatabase();
        const outage = performance.now();
        const health = await fetch(`${app.base}/api/health`, { signal: AbortSignal.timeout(10_000) });
        expect({ status: health.status, body: await health.json() }).toEqual({
          status: 503,
          body: { status: "error", database: "unreachable" },
        });
        await sleep(outageMs - (performance.now() - outage)); // the deliberate outage: the load goes on meanwhile
        await app.startDatabase();
        phase = "after";
        const restarted = performance.now();
        expect(await waitHealthy(app.base, app.running, 20_000), "/api/health answers 200 again").toBe(true);
        recoveredMs = performance.now() - restarted;
        await expect.poll(() => everyoneSucceeded("after"), { timeout: 30_000 }).toBe(true);
      });
    } finally {
      running = false;
      await Promise.all(load);
    }
    const counts = (phase: Phase) => ({
      success: log.filter((l) => l.started === phase && l.outcome.kind === "success").length,
      refused: log.filter((l) => l.started === phase && l.outcome.kind === "refused").length,
    });
    console.log(`load done after ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    console.log(
      `writes: ${JSON.stringify({ before: counts("before"), outage: counts("outage"), after: counts("after") })}; healthy ${recoveredMs.toFixed(0)} ms after the restart`,
    );

    await test.step("every answer was the app's own: no hang, no dropped connection", async () => {
      expect(log.filter((l) => l.outcome.kind === "broken")).toEqual([]);
      for (const { write, outcome } of log) {
        if (outcome.kind !== "refused") continue;
        if (write === "save" && outcome.code === "CONFLICT") continue; // a save the client saw fail that had been committed
        expect({ code: outcome.code, message: outcome.message }).toEqual({
          code: "UNEXPECTED",
          message: expect.stringMatching(unexpected),
        });
        if (write === "upload") expect(outcome.status).toBe(500);
      }
      expect(log.filter((l) => l.started === "outage").length, "requests were sent during the outage").toBeGreaterThan(
        0,
      );
    });

    await test.step("the same app process serves every user again", async () => {
      expect(app.running()).toBe(true);
      expect(existsSync(`/proc/${app.pid}`)).toBe(true);
      for (const [n, inspector] of inspectors.entries())
        expect((await saveOnce(inspector, 1000 + n)).kind).toBe("success");
      for (const [n, officer] of officers.entries()) expect((await uploadOnce(officer, 1000 + n)).kind).toBe("success");
      expect(app.output()).not.toMatch(/uncaughtException|unhandledRejection|Unhandled 'error' event/);
    });

    await test.step("every stored file has its row, every row its file, with its size and SHA-256", async () => {
      const rows = await app.withClient(
        async (c) =>
          (
            await c.query<{ storageKey: string; size: string; sha256: string }>(
              `SELECT "storageKey", size::text, sha256 FROM record_file`,
            )
          ).rows,
      );
      const filesDir = path.join(app.dataDir, "files");
      const onDisk = existsSync(filesDir)
        ? (readdirSync(filesDir, { recursive: true }) as string[]).filter((f) =>
            statSync(path.join(filesDir, f)).isFile(),
          )
        : [];
      expect(onDisk.filter((f) => f.endsWith(".part"))).toEqual([]);
      expect(onDisk.sort()).toEqual(rows.map((r) => r.storageKey).sort());
      for (const row of rows) {
        const bytes = readFileSync(path.join(filesDir, row.storageKey));
        expect({ size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") }).toEqual({
          size: Number(row.size),
          sha256: row.sha256,
        });
      }
      const byRecord = await app.withClient(async (c) => {
        const { rows: records } = await c.query<{
          id: string;
          sha256: string[];
          sizes: string[];
          versions: number;
          latest: number;
          audits: number;
        }>(
          `SELECT r.id, r."latestVersion" AS latest,
                  (SELECT count(*)::int FROM record_version v WHERE v."recordId" = r.id) AS versions,
                  array(SELECT f.sha256 FROM record_version v JOIN record_file f ON f."versionId" = v.id WHERE v."recordId" = r.id) AS sha256,
                  array(SELECT f.size::text FROM record_version v JOIN record_file f ON f."versionId" = v.id WHERE v."recordId" = r.id) AS sizes,
                  (SELECT count(*)::int FROM audit_event a WHERE a.type = 'record.created' AND a."targetId" = r.id::text) AS audits
             FROM qms_record r JOIN user_account u ON u.id = r."createdById" WHERE u.email LIKE 'su-co-%'`,
        );
        const { rows: orphans } = await c.query(
          `SELECT a.id FROM audit_event a WHERE a.type = 'record.created' AND NOT EXISTS (SELECT 1 FROM qms_record r WHERE r.id::text = a."targetId")`,
        );
        expect(orphans, "record.created audit rows without their record").toEqual([]);
        return new Map(records.map((r) => [r.id, r]));
      });
      for (const record of byRecord.values())
        expect({
          versions: record.versions,
          latest: record.latest,
          files: record.sha256.length,
          audits: record.audits,
        }).toEqual({ versions: 1, latest: 1, files: 1, audits: 1 });
      for (const upload of uploaded)
        expect(byRecord.get(upload.recordId), `record ${upload.recordId} answered 201`).toMatchObject({
          sha256: [upload.sha256],
          sizes: [String(upload.size)],
        });
    });

    await test.step("every saved item has exactly its audit rows, and its finding follows its result", async () => {
      const items = await app.withClient(
        async (c) =>
          (
            await c.query<{
              id: string;
              version: number;
              result: string | null;
              versions: number[];
              lastResult: string | null;
              finding: boolean;
            }>(
              `SELECT ii.id, ii.version, ii.result::text,
                    array(SELECT (a.data->>'version')::int FROM audit_event a WHERE a.type = 'inspection.item_saved' AND a.data->>'itemId' = ii.id::text ORDER BY 1) AS versions,
                    (SELECT a.data->>'result' FROM audit_event a WHERE a.type = 'inspection.item_saved' AND a.data->>'itemId' = ii.id::text ORDER BY (a.data->>'version')::int DESC LIMIT 1) AS "lastResult",
                    EXISTS (SELECT 1 FROM finding f WHERE f."itemId" = ii.id) AS finding
               FROM inspection_item ii WHERE ii."inspectionId" = ANY($1::uuid[])`,
              [inspectors.map((i) => i.inspectionId)],
            )
          ).rows,
      );
      const byId = new Map(items.map((i) => [i.id, i]));
      for (const item of items) {
        expect(item.versions, `audit rows of item ${item.id}`).toEqual(
          Array.from({ length: item.version }, (_, k) => k + 1),
        );
        expect(item.lastResult).toBe(item.result);
        expect(item.finding).toBe(item.result === "MINOR_NC");
      }
      for (const { itemId, version } of acknowledged)
        expect(byId.get(itemId)!.version, `acknowledged save of ${itemId}`).toBeGreaterThanOrEqual(version);
      expect(acknowledged.length).toBeGreaterThan(0);
    });

    await test.step("a user signs in in the browser and sees their unit's records", async () => {
      const context = await browser.newContext({ baseURL: app.base });
      try {
        const page = await context.newPage();
        await page.goto("/dang-nhap");
        await page.locator("next-route-announcer").waitFor({ state: "attached" });
        await page.getByLabel("Thư điện tử").fill(officers[0]!.email);
        await page.getByLabel("Mật khẩu", { exact: true }).fill(faultPassword);
        await page.getByRole("button", { name: "Đăng nhập" }).click();
        await expect(page.getByRole("heading", { level: 1, name: `Xin chào, ${officers[0]!.name}` })).toBeVisible();
        await page.goto("/ho-so");
        await expect(
          page.getByRole("link", { name: `Báo cáo đánh giá nội bộ ${officers[0]!.email} lần 1001`, exact: true }),
        ).toBeVisible();
      } finally {
        await context.close();
      }
    });
  } finally {
    await app.stop();
  }
});
