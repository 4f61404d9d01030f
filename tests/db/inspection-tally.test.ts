import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAgency } from "@/tests/factories/agencies";
import { insertInspection } from "@/tests/factories/inspection-rows";
import { insertPlan } from "@/tests/factories/plans";
import { createActor } from "@/tests/factories/users";

/*
 * The stored tally of a signed-off checklist (Inspection.itemsConforming / itemsApplicable, kept by the triggers of
 * migration inspection_tally) against a count of the items themselves, through every way rows change.
 */
let planId: string;

const tally = (id: string) =>
  db.inspection.findUniqueOrThrow({ where: { id }, select: { itemsConforming: true, itemsApplicable: true } });

async function counted(id: string) {
  const [row] = await db.$queryRaw<{ conforming: number; applicable: number }[]>`
    SELECT count(*) FILTER (WHERE result IN ('CONFORM', 'RECOMMENDATION'))::int AS conforming,
           count(*) FILTER (WHERE result IS DISTINCT FROM 'NOT_APPLICABLE')::int AS applicable
      FROM inspection_item WHERE "inspectionId" = ${id}::uuid`;
  return { itemsConforming: row!.conforming, itemsApplicable: row!.applicable };
}

const items = [
  { code: "QD-01", result: "CONFORM" as const },
  { code: "QD-02", result: "RECOMMENDATION" as const },
  { code: "QD-03", result: "MINOR_NC" as const },
  { code: "QD-04", result: "NOT_APPLICABLE" as const },
  { code: "QD-05", result: "MAJOR_NC" as const },
];

beforeAll(async () => {
  const admin = (await createActor("DOST_ADMIN")).actor;
  planId = (await insertPlan({ createdById: admin.id, year: 2051, status: "IN_PROGRESS" })).id;
});

describe("the tally of a signed-off inspection", () => {
  it("is counted when a signed-off inspection is written with its items: 2 conforming of 4 applicable", async () => {
    const { inspection } = await insertInspection({ planId, agencyId: (await createAgency()).id, items });
    expect(await tally(inspection.id)).toEqual({ itemsConforming: 2, itemsApplicable: 4 });
    expect(await tally(inspection.id)).toEqual(await counted(inspection.id));
  });

  it("stays empty while the inspection is in progress, and is taken at sign-off", async () => {
    const { inspection } = await insertInspection({
      planId,
      agencyId: (await createAgency()).id,
      status: "IN_PROGRESS",
      items,
    });
    expect(await tally(inspection.id)).toEqual({ itemsConforming: null, itemsApplicable: null });
    await db.inspection.update({
      where: { id: inspection.id },
      data: { status: "SIGNED_OFF", signedOffAt: new Date() },
    });
    expect(await tally(inspection.id)).toEqual({ itemsConforming: 2, itemsApplicable: 4 });
  });

  it("follows an item changed or removed while signed off, and is cleared when the inspection is reopened", async () => {
    const { inspection, itemIds } = await insertInspection({ planId, agencyId: (await createAgency()).id, items });
    await db.inspectionItem.update({ where: { id: itemIds.get("QD-03")! }, data: { result: "CONFORM" } });
    expect(await tally(inspection.id)).toEqual({ itemsConforming: 3, itemsApplicable: 4 });
    await db.inspectionItem.updateMany({
      where: { inspectionId: inspection.id, id: { in: [itemIds.get("QD-04")!, itemIds.get("QD-05")!] } },
      data: { result: "CONFORM" },
    });
    expect(await tally(inspection.id)).toEqual({ itemsConforming: 5, itemsApplicable: 5 });
    await db.inspectionItem.delete({ where: { id: itemIds.get("QD-01")! } });
    expect(await tally(inspection.id)).toEqual(await counted(inspection.id));
    expect(await tally(inspection.id)).toEqual({ itemsConforming: 4, itemsApplicable: 4 });
    await db.inspection.update({ where: { id: inspection.id }, data: { status: "IN_PROGRESS", signedOffAt: null } });
    expect(await tally(inspection.id)).toEqual({ itemsConforming: null, itemsApplicable: null });
  });

  it("is zero of zero for a signed-off inspection without items", async () => {
    const { inspection } = await insertInspection({ planId, agencyId: (await createAgency()).id, items: [] });
    expect(await tally(inspection.id)).toEqual({ itemsConforming: 0, itemsApplicable: 0 });
  });
});
