import { beforeAll, describe, expect, it } from "vitest";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { compareWithPrevious } from "@/lib/inspections/compare/data";
import type { CompareRow } from "@/lib/inspections/compare/rows";
import { createAgency } from "@/tests/factories/agencies";
import { insertInspection, type ItemRow } from "@/tests/factories/inspection-rows";
import { insertPlan } from "@/tests/factories/plans";
import { actorOf, createActor, createUser } from "@/tests/factories/users";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const byKey = (rows: CompareRow[]) =>
  Object.fromEntries(
    rows.map((r) => [
      r.key,
      {
        previous: r.previous.map((i) => [i.code, i.result]),
        current: r.current.map((i) => [i.code, i.result]),
        change: r.change,
      },
    ]),
  );

let admin: Actor;
beforeAll(async () => {
  admin = (await createActor("DOST_ADMIN")).actor;
});

describe("compareWithPrevious: a unit inspected under 2008, then under 2015", () => {
  let unit: { id: string };
  let earlierId: string;
  let currentId: string;
  let partnerOnCurrentOnly: Actor;

  beforeAll(async () => {
    unit = await createAgency();
    const partner = await createUser({ role: "PARTNER_INSPECTOR" });
    partnerOnCurrentOnly = actorOf(partner);
    const [plan2049, plan2050, plan2051] = await Promise.all([
      insertPlan({ createdById: admin.id, year: 2049, status: "COMPLETED" }),
      insertPlan({ createdById: admin.id, year: 2050, status: "IN_PROGRESS" }),
      insertPlan({
        createdById: admin.id,
        year: 2051,
        status: "IN_PROGRESS",
        members: [{ userId: partner.id, role: "MEMBER" }],
      }),
    ]);
    const earlierItems: ItemRow[] = [
      { code: "QD-01", result: "MINOR_NC" },
      { code: "QD-02", result: "CONFORM" },
      { code: "O-4.2.2", result: "CONFORM" },
      { code: "O-4.2.3", result: "MINOR_NC" },
      { code: "O-7.5", result: "MAJOR_NC" },
      { code: "O-8.5.2", result: "CONFORM" },
    ];
    earlierId = (
      await insertInspection({
        planId: plan2049.id,
        agencyId: unit.id,
        standardVersion: "ISO_9001_2008",
        recordDate: utc(2049, 6, 1),
        items: earlierItems,
      })
    ).inspection.id;
    // Later, but never signed off: not a result to compare with.
    await insertInspection({
      planId: plan2050.id,
      agencyId: unit.id,
      status: "IN_PROGRESS",
      standardVersion: "ISO_9001_2008",
      recordDate: utc(2050, 6, 1),
      items: earlierItems.map((i) => ({ ...i, result: "CONFORM" })),
    });
    currentId = (
      await insertInspection({
        planId: plan2051.id,
        agencyId: unit.id,
        status: "IN_PROGRESS",
        recordDate: null,
        items: [
          { code: "QD-01", result: "CONFORM" },
          { code: "QD-02", result: "MAJOR_NC" },
          { code: "N-4.1", result: "CONFORM" },
          { code: "N-7.5", result: "CONFORM" },
          { code: "N-8.5", result: "MINOR_NC" },
          { code: "N-10.2", result: null },
        ],
      })
    ).inspection.id;
  });

  it("takes the signed-off 2008 inspection and maps its results onto 2015 clauses through the crosswalk", async () => {
    const comparison = await compareWithPrevious(scopeFor(admin), currentId);
    expect(comparison!.previous).toMatchObject({
      id: earlierId,
      kind: "ON_SITE",
      recordDate: utc(2049, 6, 1),
      plan: { year: 2049 },
    });
    const { iso, decision19 } = comparison!.lineup!;
    expect(iso).toMatchObject({
      crosswalked: true,
      previous: { standard: "ISO_9001_2008" },
      current: { standard: "ISO_9001_2015" },
    });
    const rows = byKey(iso!.rows);
    expect(rows["4.1"]).toEqual({ previous: [], current: [["N-4.1", "CONFORM"]], change: "NO_PREVIOUS" });
    expect(rows["7.5"]).toEqual({
      previous: [
        ["O-4.2.2", "CONFORM"],
        ["O-4.2.3", "MINOR_NC"],
      ],
      current: [["N-7.5", "CONFORM"]],
      change: "IMPROVED",
    });
    expect(rows["8.5"]).toEqual({
      previous: [["O-7.5", "MAJOR_NC"]],
      current: [["N-8.5", "MINOR_NC"]],
      change: "IMPROVED",
    });
    expect(rows["10.2"]).toEqual({
      previous: [["O-8.5.2", "CONFORM"]],
      current: [["N-10.2", null]],
      change: "NOT_ASSESSED",
    });
    expect(rows["4.3"]).toEqual({ previous: [["O-4.2.2", "CONFORM"]], current: [], change: "DROPPED" });
    expect(iso!.previous.overall).toMatchObject({ conforming: 2, applicable: 4 });
    expect(iso!.current.overall).toMatchObject({ conforming: 2, applicable: 4, provisional: true });
    expect(decision19.map((r) => [r.key, r.change])).toEqual([
      ["QD-01", "IMPROVED"],
      ["QD-02", "WORSE"],
    ]);
  });

  it("an actor who may not read the earlier inspection gets the current one with nothing to compare", async () => {
    // The partner is on the 2051 plan only; the 2049 inspection is out of their sight.
    expect(await compareWithPrevious(scopeFor(partnerOnCurrentOnly), currentId)).toEqual({
      previous: null,
      lineup: null,
    });
  });

  it("out of scope: another unit's officer, and the unit's own officer before sign-off, get nothing", async () => {
    const other = await createAgency();
    expect(
      await compareWithPrevious(
        scopeFor((await createActor("AGENCY_OFFICER", { agencyId: other.id })).actor),
        currentId,
      ),
    ).toBeNull();
    expect(
      await compareWithPrevious(
        scopeFor((await createActor("AGENCY_OFFICER", { agencyId: other.id })).actor),
        earlierId,
      ),
    ).toBeNull();
    expect(
      await compareWithPrevious(
        scopeFor((await createActor("AGENCY_OFFICER", { agencyId: unit.id })).actor),
        currentId,
      ),
    ).toBeNull();
  });

  it("the first signed-off inspection of a unit has nothing before it", async () => {
    expect(await compareWithPrevious(scopeFor(admin), earlierId)).toEqual({ previous: null, lineup: null });
  });
});

describe("compareWithPrevious: the same version, clause by clause", () => {
  it("prefers the latest earlier inspection of the same kind and compares 2015 with 2015 directly", async () => {
    const unit = await createAgency();
    const [plan2048, plan2049, plan2051] = await Promise.all(
      [2048, 2049, 2051].map((year) => insertPlan({ createdById: admin.id, year, status: "IN_PROGRESS" })),
    );
    const onSite2048 = await insertInspection({
      planId: plan2048!.id,
      agencyId: unit.id,
      recordDate: utc(2048, 5, 1),
      items: [
        { code: "N-8.5", result: "MAJOR_NC" },
        { code: "N-9.1", result: "CONFORM" },
      ],
    });
    await insertInspection({
      planId: plan2049!.id,
      agencyId: unit.id,
      kind: "DOSSIER",
      recordDate: utc(2049, 5, 1),
      items: [{ code: "N-8.5", result: "CONFORM" }],
    });
    const current = await insertInspection({
      planId: plan2051!.id,
      agencyId: unit.id,
      recordDate: utc(2051, 5, 1),
      items: [
        { code: "N-8.5", result: "CONFORM" },
        { code: "N-9.1", result: "NOT_APPLICABLE" },
      ],
    });

    const comparison = await compareWithPrevious(scopeFor(admin), current.inspection.id);
    expect(comparison!.previous?.id).toBe(onSite2048.inspection.id);
    const { iso } = comparison!.lineup!;
    expect(iso!.crosswalked).toBe(false);
    expect(byKey(iso!.rows)).toEqual({
      "8.5": { previous: [["N-8.5", "MAJOR_NC"]], current: [["N-8.5", "CONFORM"]], change: "IMPROVED" },
      "9.1": { previous: [["N-9.1", "CONFORM"]], current: [["N-9.1", "NOT_APPLICABLE"]], change: "CHANGED" },
    });
    // The unit's officer reads both once signed off, and gets the same comparison.
    const officer = (await createActor("AGENCY_OFFICER", { agencyId: unit.id })).actor;
    expect((await compareWithPrevious(scopeFor(officer), current.inspection.id))!.previous?.id).toBe(
      onSite2048.inspection.id,
    );
  });
});
