import { expect } from "vitest";
import { dataVersion } from "@/lib/db/kept";

/**
 * `read` done while the data version (lib/db/kept.ts) did not move: other test files write at the same time, and a
 * read during which the version moved proves nothing about what is kept, so it is made again (up to 50 times).
 */
export async function whileVersionHolds<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const version = await dataVersion();
    const value = await read();
    if ((await dataVersion()) === version) return value;
    expect(attempt, "the data version kept moving").toBeLessThan(50);
  }
}

/**
 * How much one run of `write` bumps the data version, from a run no other writer interfered with: a run that bumped
 * it by more than one is made again (up to 50 times), so a write that bumps it twice itself fails the test.
 */
export async function versionBumpOf(write: (attempt: number) => Promise<unknown>): Promise<bigint> {
  for (let attempt = 1; ; attempt++) {
    const before = BigInt(await dataVersion());
    await write(attempt);
    const bump = BigInt(await dataVersion()) - before;
    if (bump <= 1n) return bump;
    expect(attempt, "the data version moved by more than one on every try").toBeLessThan(50);
  }
}
