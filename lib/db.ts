import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
/** The client handed to a use case inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Transaction limits: a use case waits at most 10 s for a connection and runs at most 20 s. */
const transactionOptions = { maxWait: 10_000, timeout: 20_000 };

export function createDb(
  connectionString: string,
  poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 5),
): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: poolSize, idleTimeoutMillis: 30_000 });
  return new PrismaClient({ adapter, transactionOptions });
}

const globalForDb = globalThis as unknown as { __qmsDb?: PrismaClient };

/** The process-wide client, created on first use so that `next build` needs no database. */
export function getDb(): PrismaClient {
  if (!globalForDb.__qmsDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database)");
    globalForDb.__qmsDb = createDb(url);
  }
  return globalForDb.__qmsDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
