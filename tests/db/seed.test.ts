import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedInspections2021, seedPlan2021 } from "@/prisma/seed/plan-2021";
import { seed } from "@/prisma/seed/seed";
import { createUser } from "@/tests/factories/users";

const url = () => process.env.TEST_DATABASE_URL!;
// A commune no other test reads: its name is edited to check that a later seed keeps edits.
const editedCode = "30727"; // Xã Vọng Thê, Thoại Sơn
let originalName: string | undefined;

afterAll(async () => {
  if (originalName)
    await db.agency.updateMany({ where: { code: editedCode, validTo: null }, data: { name: originalName } });
});

describe("reference seed", () => {
  it("a second run inserts nothing and keeps edits made in the app", async () => {
    // The 2021 plan is seeded once a DOST administrator exists, and other files make administrators at any
    // moment: make sure it exists already, so this run has nothing to add whatever ran before it.
    await createUser({ role: "DOST_ADMIN" });
    await seedPlan2021(db);
    await seedInspections2021(db);
    const agency = await db.agency.findFirstOrThrow({ where: { code: editedCode, validTo: null } });
    originalName = agency.name;
    await db.agency.updateMany({
      where: { code: editedCode, validTo: null },
      data: { name: `${agency.name} (đã sửa)` },
    });
    const seedRows = () => db.auditEvent.count({ where: { type: "seed.applied" } });
    const before = await seedRows();

    const result = await seed(url(), { demo: false });
    expect(result.counts).toEqual({
      agencyKinds: 0,
      agencies: 0,
      checklistTemplates: 0,
      checklistItems: 0,
      checklistItemsBackfilled: 0,
      clauseCrosswalk: 0,
      demoUsers: 0,
      plans: 0,
      inspections: 0,
      teamMembers: 0,
      visits: 0,
    });
    expect(result.demoAccounts).toEqual([]);
    expect((await db.agency.findFirstOrThrow({ where: { code: editedCode, validTo: null } })).name).toBe(
      `${agency.name} (đã sửa)`,
    );
    expect(await seedRows()).toBe(before);
  });

  it("the first run was recorded in the audit log", async () => {
    const rows = await db.auditEvent.findMany({ where: { type: "seed.applied" } });
    expect(rows.some((r) => (r.data as { counts: { agencies: number } }).counts.agencies === 202)).toBe(true);
  });

  it("has the three checklists with 25, 27 and 28 items, numbered in order", async () => {
    // Version 1 of each: other files copy and publish later versions.
    const templates = await db.checklistTemplate.findMany({
      where: { version: 1 },
      include: { items: { orderBy: { position: "asc" } } },
    });
    const counts = Object.fromEntries(templates.map((t) => [t.standard, t.items.length]));
    expect(counts).toEqual({ QD19_2014: 25, ISO_9001_2015: 27, ISO_9001_2008: 28 });
    for (const t of templates) {
      expect(t.version).toBe(1);
      expect(t.items.map((i) => i.position)).toEqual(t.items.map((_, i) => i + 1));
    }
  });

  it("has the 2021 registry: 202 units, Long Xuyên with its communes", async () => {
    const codes = await db.agency.count({
      // Not the factories' units (codes TEST-…), which other files add to this database at any time.
      where: {
        kind: { code: { in: ["co_quan_tinh", "ubnd_huyen", "ubnd_xa"] } },
        NOT: { code: { startsWith: "TEST-" } },
      },
    });
    expect(codes).toBe(202);
    const longXuyen = await db.agency.findFirstOrThrow({
      where: { code: "883", validTo: null },
      include: { kind: true },
    });
    expect(longXuyen).toMatchObject({
      name: "UBND Thành phố Long Xuyên",
      parentId: null,
      unitType: "thanh_pho",
      isoRequirement: "MANDATORY",
    });
    expect(longXuyen.kind.code).toBe("ubnd_huyen");
    expect(longXuyen.searchText).toContain("long xuyen");
    const communes = await db.agency.findMany({ where: { parentId: longXuyen.id }, include: { kind: true } });
    expect(communes.length).toBeGreaterThan(0);
    expect(communes.every((c) => c.kind.code === "ubnd_xa" && c.isoRequirement === "ENCOURAGED")).toBe(true);
    expect(communes.map((c) => c.code)).toContain("30280");
  });

  it("links every commune to its district", async () => {
    expect(await db.agency.count({ where: { kind: { code: "ubnd_xa" }, parentId: null } })).toBe(0);
  });

  it("dates the QMS of the 5 provincial agencies built after the 2021 plan (end of 02/2021), and no other", async () => {
    const later = await db.agency.findMany({
      where: { qmsSince: { not: null }, kind: { code: { in: ["co_quan_tinh", "ubnd_huyen", "ubnd_xa"] } } },
    });
    expect(later.map((a) => a.qmsSince!.toISOString().slice(0, 10))).toEqual(Array(5).fill("2021-02-28"));
    expect(later.every((a) => a.note?.includes("không thuộc phạm vi kiểm tra năm 2021"))).toBe(true);
  });

  it("stores names in NFC", async () => {
    const names = await db.agency.findMany({ where: { kind: { code: { not: "test_unit" } } }, select: { name: true } });
    expect(names.filter((a) => a.name !== a.name.normalize("NFC"))).toEqual([]);
    const items = await db.checklistItem.findMany({ select: { titleVi: true } });
    expect(items.filter((i) => i.titleVi !== i.titleVi.normalize("NFC"))).toEqual([]);
  });
});
