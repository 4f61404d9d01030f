import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import pg from "pg";

/**
 * Test users straight in the e2e database (the app's Prisma client does not load inside Playwright).
 * Every user gets a unique e-mail, so tests that lock, disable or change a user never touch another test's.
 */

export type Role = "DOST_ADMIN" | "DOST_INSPECTOR" | "PARTNER_INSPECTOR" | "AGENCY_OFFICER" | "COMMITTEE_VIEWER";

export type TestUser = { id: string; email: string; name: string; password: string; role: Role };

/** A database of its own (support/own-app.ts) in place of the shared one, for the spec that sets it; null: back to shared. */
let override: string | null = null;
export function useDatabase(url: string | null): void {
  override = url;
}

function databaseUrl(): string {
  const url = override ?? process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the suite with `npm test -- e2e`");
  return url;
}

/** One short-lived connection to the e2e database. */
export async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A unique token for names and addresses: the suite runs in parallel and the database is shared. */
export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

/** Same parameters as lib/auth/password.ts (argon2id defaults of @node-rs/argon2). Cached: hashing costs ~50 ms. */
const hashes = new Map<string, Promise<string>>();
function passwordHash(password: string): Promise<string> {
  let found = hashes.get(password);
  if (!found) {
    found = hash(password.normalize("NFC"));
    hashes.set(password, found);
  }
  return found;
}

/** Mirrors lib/text/normalize.ts foldForSearch, so that the admin's search finds the user by name. */
function foldForSearch(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export async function createUser(
  options: { role?: Role; agencyCode?: string; name?: string; password?: string; mustChangePassword?: boolean } = {},
): Promise<TestUser> {
  const suffix = uniqueSuffix();
  const role = options.role ?? "AGENCY_OFFICER";
  const email = `e2e-${suffix}@test.example`;
  const name = options.name ?? `Người Thử ${suffix}`;
  const password = options.password ?? "ThuNghiem2025";
  const agencyCode = options.agencyCode ?? (role === "AGENCY_OFFICER" ? "883" : undefined);
  const digest = await passwordHash(password);
  return withClient(async (client) => {
    let agencyId: string | null = null;
    if (agencyCode) {
      const { rows } = await client.query<{ id: string }>(
        `SELECT id FROM agency WHERE code = $1 AND "validTo" IS NULL LIMIT 1`,
        [agencyCode],
      );
      if (!rows[0]) throw new Error(`no agency with code ${agencyCode}`);
      agencyId = rows[0].id;
    }
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO user_account (id, email, name, "searchName", "passwordHash", role, "agencyId", "mustChangePassword", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, now()) RETURNING id`,
      [email, name, foldForSearch(name), digest, role, agencyId, options.mustChangePassword ?? false],
    );
    return { id: rows[0]!.id, email, name, password, role };
  });
}

/** How many accounts match, by exact name or e-mail. */
export async function countUsers(where: { name?: string; email?: string }): Promise<number> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM user_account WHERE name = $1 OR email = $2`,
      [where.name ?? null, where.email ?? null],
    );
    return Number(rows[0]!.n);
  });
}
