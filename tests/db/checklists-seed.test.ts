import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { iso2008To2015 } from "@/lib/checklists/clauses/crosswalk";
import { createDb, type Db } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { seedReference } from "@/prisma/seed/reference";
import { createFreshDatabase, type FreshDb } from "@/tests/support/fresh-db";

/**
 * The checklist seed on a database of its own: the backfill of databases seeded before items had groups,
 * weights and applicability, which must never touch a version an inspection has used.
 */
let fresh: FreshDb;
let client: Db;

beforeAll(async () => {
  fresh = await createFreshDatabase();
  await migrate({ connectionString: fresh.url });
  client = createDb(fresh.url, 2);
});

afterAll(async () => {
  await client?.$disconnect().catch(() => {});
  await fresh?.drop();
});

const itemsOf = (standard: "QD19_2014" | "ISO_9001_2015" | "ISO_9001_2008") =>
  client.checklistItem.findMany({ where: { template: { standard, version: 1 } }, orderBy: { position: "asc" } });

describe("checklist seed", () => {
  it("creates the three v1 templates, published, with every field, and the crosswalk", async () => {
    const counts = await seedReference(client);
    expect(counts).toMatchObject({
      checklistTemplates: 3,
      checklistItems: 80,
      checklistItemsBackfilled: 0,
      clauseCrosswalk: iso2008To2015.length,
    });
    const templates = await client.checklistTemplate.findMany({ include: { _count: { select: { items: true } } } });
    expect(Object.fromEntries(templates.map((t) => [t.standard, [t.version, t.status, t._count.items]]))).toEqual({
      QD19_2014: [1, "PUBLISHED", 25],
      ISO_9001_2015: [1, "PUBLISHED", 27],
      ISO_9001_2008: [1, "PUBLISHED", 28],
    });
    expect(templates.every((t) => t.publishedAt && !t.usedAt)).toBe(true);
  });

  it("fills in the fields of unused v1 items once, and leaves a used v1 alone", async () => {
    // A database seeded before this change: the v1 items carry the column defaults.
    await client.$executeRaw`UPDATE checklist_item SET "clauseGroup" = '', "standardVersions" = '{}'`;
    await client.$executeRaw`UPDATE checklist_template SET "usedAt" = now() WHERE standard = 'ISO_9001_2008'`;

    const first = await seedReference(client);
    expect(first).toMatchObject({
      checklistTemplates: 0,
      checklistItems: 0,
      checklistItemsBackfilled: 25 + 27,
      clauseCrosswalk: 0,
    });
    const qd = await itemsOf("QD19_2014");
    expect(qd.find((i) => i.code === "QD-01")).toMatchObject({
      clauseGroup: "Đ36.1",
      weight: 1,
      kindCodes: [],
      standardVersions: [],
    });
    expect(qd.find((i) => i.code === "QD-21")).toMatchObject({
      clauseGroup: "QĐ19",
      standardVersions: ["ISO_9001_2008"],
    });
    expect((await itemsOf("ISO_9001_2015")).find((i) => i.code === "N-10.2")!.clauseGroup).toBe("10");
    expect((await itemsOf("ISO_9001_2008")).every((i) => i.clauseGroup === "")).toBe(true);

    const second = await seedReference(client);
    expect(second).toMatchObject({
      checklistTemplates: 0,
      checklistItems: 0,
      checklistItemsBackfilled: 0,
      clauseCrosswalk: 0,
    });
  });
});
