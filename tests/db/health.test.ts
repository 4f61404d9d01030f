import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import { createDb, type Db } from "@/lib/db";
import { defaultMigrationsDir, migrate, readMigrations } from "@/lib/db/migrate";
import { createFreshDatabase } from "@/tests/support/fresh-db";

const holder = globalThis as unknown as { __qmsDb?: Db };
const cleanups: (() => Promise<void>)[] = [];

/** Points the app's `db` at another database for one test; the previous client comes back afterwards. */
function useDatabase(url: string) {
  const previous = holder.__qmsDb;
  const client = createDb(url, 1);
  holder.__qmsDb = client;
  cleanups.push(async () => {
    holder.__qmsDb = previous;
    await client.$disconnect().catch(() => {});
  });
}

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
  vi.restoreAllMocks();
});

async function check() {
  const response = await GET(new Request("http://localhost/api/health"), { params: Promise.resolve({}) });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    cacheControl: response.headers.get("cache-control"),
  };
}

describe("GET /api/health", () => {
  it("answers 200 ok on the migrated database", async () => {
    expect(await check()).toEqual({ status: 200, body: { status: "ok", database: "ok" }, cacheControl: "no-store" });
  });

  it("answers 503 when the database does not answer", async () => {
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    useDatabase("postgresql://postgres@127.0.0.1:1/x");
    expect(await check()).toEqual({
      status: 503,
      body: { status: "error", database: "unreachable" },
      cacheControl: "no-store",
    });
  });

  it("answers 503 on an empty, unmigrated database", async () => {
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const fresh = await createFreshDatabase();
    cleanups.push(fresh.drop);
    useDatabase(fresh.url);
    const { status, body } = await check();
    expect(status).toBe(503);
    expect(body.status).toBe("error");
  });

  it("answers 503 with the number of pending migrations when the database lags behind the code", async () => {
    const all = await readMigrations();
    expect(all.length).toBeGreaterThanOrEqual(2);
    const dir = await mkdtemp(path.join(os.tmpdir(), "qms-health-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await cp(path.join(defaultMigrationsDir, all[0]!.name), path.join(dir, all[0]!.name), { recursive: true });

    const fresh = await createFreshDatabase();
    cleanups.push(fresh.drop);
    await migrate({ connectionString: fresh.url, migrationsDir: dir });
    useDatabase(fresh.url);
    expect(await check()).toMatchObject({
      status: 503,
      body: { status: "error", database: "migrations pending", pending: all.length - 1 },
    });
  });
});
