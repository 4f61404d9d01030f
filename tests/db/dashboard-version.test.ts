import { describe, expect, it } from "vitest";
import { dashboardDataVersion } from "@/lib/dashboard/snapshot";
import { createAgency } from "@/tests/factories/agencies";
import { withClient } from "@/tests/support/pg";

/*
 * The dashboard's data version is bumped at commit by a deferred trigger, as the audit chain is sealed at commit.
 * Two writers whose deferred triggers fire in opposite orders must both commit: one wrote its audit row first,
 * the other its counted row first.
 */
const url = process.env.TEST_DATABASE_URL!;
const audit = `INSERT INTO audit_event (type, data) VALUES ('user.enabled', '{}')`;
const touch = (id: string): [string, string[]] => [`UPDATE agency SET note = 'sửa' WHERE id = $1`, [id]];

describe("the data version beside the audit chain", () => {
  it("two commits whose triggers fire in opposite orders both go through, and each bumps the version once", async () => {
    const [a, b] = await Promise.all([createAgency(), createAgency()]);
    const before = BigInt(await dashboardDataVersion());
    await withClient(url, (first) =>
      withClient(url, async (second) => {
        // `second` has bumped the version (its counted row's trigger fired) and still has its audit row to seal.
        await second.query("BEGIN");
        await second.query(...touch(b.id));
        await second.query(audit);
        await second.query("SET CONSTRAINTS dashboard_data_changed IMMEDIATE");
        // `first` seals its audit row, then has its counted row's trigger to fire at commit.
        await first.query("BEGIN");
        await first.query(audit);
        await first.query(...touch(a.id));
        const sealed = first.query("SET CONSTRAINTS audit_event_chain IMMEDIATE");
        const results = await Promise.allSettled([second.query("COMMIT"), sealed.then(() => first.query("COMMIT"))]);
        expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "committed"))).toEqual([
          "committed",
          "committed",
        ]);
      }),
    );
    expect(BigInt(await dashboardDataVersion())).toBe(before + 2n);
  }, 20_000);
});
