import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/*
 * The dashboard's computed figures, kept in this server's memory under the data version they were computed at
 * (table dashboard_data_version, bumped at commit by every transaction that changes what the dashboard counts: see
 * migration dashboard_data_version). Why not a materialised view: the figures depend on the reader's plans, the region
 * and the as-of day, and a refresh of the national data set takes a quarter of a second of the database's time; a
 * version read is one index lookup, and a view is computed again only after a write. The version is read before the
 * figures, so figures kept under a version hold at least everything it stands for, never less.
 */
const limit = 64;
const kept = new Map<string, unknown>();
const pending = new Map<string, Promise<unknown>>();

/**
 * The data version, read once per request (React's cache): the request's years, plans and figures are all kept
 * under the same version, and read from memory when nothing has changed.
 */
export const dashboardDataVersion = cache(async (): Promise<string> => {
  const [row] = await db.$queryRaw<{ version: bigint }[]>`SELECT version FROM dashboard_data_version WHERE id = 1`;
  return String(row?.version ?? 0);
});

/**
 * The value of `compute` for `key` at the current data version: kept from an earlier call when nothing the dashboard
 * counts has changed since, computed (once, however many readers ask at the same moment) otherwise.
 */
export async function atDataVersion<T>(key: string, compute: () => Promise<T>): Promise<T> {
  // The bench times the sections themselves (DASHBOARD_SNAPSHOTS=off), not the memory.
  if (process.env.DASHBOARD_SNAPSHOTS === "off") return compute();
  const at = `${await dashboardDataVersion()}\u0000${key}`;
  if (kept.has(at)) {
    const value = kept.get(at) as T;
    kept.delete(at); // most recently used last
    kept.set(at, value);
    return value;
  }
  let running = pending.get(at) as Promise<T> | undefined;
  if (!running) {
    running = compute().finally(() => pending.delete(at));
    pending.set(at, running);
  }
  const value = await running;
  kept.set(at, value);
  while (kept.size > limit) kept.delete(kept.keys().next().value!);
  return value;
}
