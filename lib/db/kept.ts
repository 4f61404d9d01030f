import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/*
 * Values computed from the database, kept in this server's memory under the data version they were computed at
 * (table dashboard_data_version, bumped at commit by every transaction that changes the tables it watches: see
 * migration dashboard_data_version; among them the plans, inspections, findings, records and the registry). A version
 * read is one index lookup, and a value is computed again only after a write. The version is read before the value,
 * so a value kept under a version holds at least everything that version stands for, never less.
 */

/**
 * The data version, read once per request (React's cache): the values a request reads are all kept under the same
 * version, and read from memory when nothing has changed.
 */
export const dataVersion = cache(async (): Promise<string> => {
  const [row] = await db.$queryRaw<{ version: bigint }[]>`SELECT version FROM dashboard_data_version WHERE id = 1`;
  return String(row?.version ?? 0);
});

/**
 * A store of at most `limit` values (the least recently used leaves first): `kept(key, compute)` is the value of
 * `compute` for `key` at the current data version, kept from an earlier call when nothing watched has changed since,
 * computed (once, however many readers ask at the same moment) otherwise. `enabled` is asked on every call.
 */
export function keptAtDataVersion(limit: number, enabled: () => boolean = () => true) {
  const kept = new Map<string, unknown>();
  const pending = new Map<string, Promise<unknown>>();
  return async function keptValue<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!enabled()) return compute();
    const at = `${await dataVersion()}\u0000${key}`;
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
  };
}
