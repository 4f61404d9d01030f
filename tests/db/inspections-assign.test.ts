import { beforeAll, describe, expect, it } from "vitest";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { assignInspections } from "@/lib/inspections/assignment/mutations";
import { listPlanInspections } from "@/lib/inspections/data";
import { planInspectionsQuerySchema } from "@/lib/inspections/schema";
import { foldForSearch } from "@/lib/text/normalize";
import { approvedPlanWithInspections, inspectionOf, qmsUnit } from "@/tests/factories/inspections";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";

const ip = "198.51.100.47";
let admin: Actor;

beforeAll(async () => {
  admin = (await createActor("DOST_ADMIN")).actor;
});

/** Two on-site units of one plan, its lead, and two members. */
async function setup() {
  const [lead, a, b] = await Promise.all([
    createActor("DOST_INSPECTOR"),
    createActor("DOST_INSPECTOR"),
    createActor("PARTNER_INSPECTOR"),
  ]);
  const units = await Promise.all([qmsUnit(), qmsUnit()]);
  const { plan } = await approvedPlanWithInspections({
    createdById: admin.id,
    units: units.map((u) => ({ agencyId: u.id, onSite: "MANDATORY" as const })),
    members: [
      { userId: lead.user.id, role: "LEAD" },
      { userId: a.user.id, role: "MEMBER" },
      { userId: b.user.id, role: "MEMBER" },
    ],
  });
  const inspections = await Promise.all(units.map((u) => inspectionOf(plan.id, u.id)));
  const memberIds = async (...userIds: string[]) =>
    (await db.planMember.findMany({ where: { planId: plan.id, userId: { in: userIds } }, select: { id: true } })).map(
      (m) => m.id,
    );
  return { plan, inspections, lead: lead.actor, a: a.actor, b: b.actor, memberIds };
}

describe("assignInspections (the plan's inspection list)", () => {
  it("lets the team lead add members to several inspections at once, skipping who is already there, one audit row per changed inspection", async () => {
    const { plan, inspections, lead, a, b, memberIds } = await setup();
    const [first, second] = inspections.map((i) => i.id) as [string, string];
    expect(
      await assignInspections(
        { planId: plan.id, inspectionIds: [first], memberIds: await memberIds(a.id) },
        { scope: scopeFor(lead), ip },
      ),
    ).toEqual({ inspections: 1, added: 1 });
    expect(
      await assignInspections(
        { planId: plan.id, inspectionIds: [first, second], memberIds: await memberIds(a.id, b.id) },
        { scope: scopeFor(lead), ip },
      ),
    ).toEqual({ inspections: 2, added: 3 });
    const assigned = await db.inspectionAssignee.findMany({
      where: { inspectionId: { in: [first, second] } },
      select: { inspectionId: true, member: { select: { userId: true } } },
    });
    expect(
      assigned
        .filter((x) => x.inspectionId === first)
        .map((x) => x.member.userId)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    expect(
      assigned
        .filter((x) => x.inspectionId === second)
        .map((x) => x.member.userId)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    const added = async (id: string) =>
      (await auditRowsFor({ type: "inspection", id }, "inspection.assigned")).map((r) => [
        r.actorId,
        [...(r.data as { added: string[] }).added].sort(),
      ]);
    expect(await added(first)).toEqual([
      [lead.id, [a.id]],
      [lead.id, [b.id]],
    ]);
    expect(await added(second)).toEqual([[lead.id, [a.id, b.id].sort()]]);
  });

  it("refuses a plain member, and any inspection already signed off, changing nothing", async () => {
    const { plan, inspections, lead, a, memberIds } = await setup();
    const ids = inspections.map((i) => i.id);
    expect(
      await appError(
        assignInspections(
          { planId: plan.id, inspectionIds: ids, memberIds: await memberIds(a.id) },
          { scope: scopeFor(a), ip },
        ),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    await db.inspection.update({ where: { id: ids[1]! }, data: { status: "SIGNED_OFF" } });
    expect(
      await appError(
        assignInspections(
          { planId: plan.id, inspectionIds: ids, memberIds: await memberIds(a.id) },
          { scope: scopeFor(lead), ip },
        ),
      ),
    ).toMatchObject({ code: "CONFLICT", messageKey: "inspections.errors.someLocked" });
    expect(await db.inspectionAssignee.count({ where: { inspectionId: { in: ids } } })).toBe(0);
  });
});

describe("listPlanInspections (the plan's inspection tab)", () => {
  it("filters one plan's inspections by unit without diacritics, form, status and assignee (or nobody), a page at a time", async () => {
    const { plan, inspections, a, memberIds } = await setup();
    await db.inspectionAssignee.create({
      data: { inspectionId: inspections[0]!.id, memberId: (await memberIds(a.id))[0]! },
    });
    const unit = await db.agency.findUniqueOrThrow({ where: { id: inspections[0]!.agencyId } });
    const scope = scopeFor(admin);
    const list = async (query: Record<string, string>) => {
      const {
        total,
        pages,
        inspections: rows,
      } = await listPlanInspections(scope, plan.id, planInspectionsQuerySchema.parse(query));
      return { total, pages, rows: rows.map((r) => `${r.agency.id === unit.id ? "A" : "B"}:${r.kind}`).sort() };
    };
    expect((await list({})).total).toBe(4);
    expect(await list({ q: foldForSearch(unit.name).toUpperCase() })).toEqual({
      total: 2,
      pages: 1,
      rows: ["A:DOSSIER", "A:ON_SITE"],
    });
    expect((await list({ kind: "ON_SITE" })).rows).toEqual(["A:ON_SITE", "B:ON_SITE"]);
    expect((await list({ status: "SIGNED_OFF" })).total).toBe(0);
    expect(await list({ assignee: (await memberIds(a.id))[0]! })).toEqual({ total: 1, pages: 1, rows: ["A:ON_SITE"] });
    expect((await list({ assignee: "none" })).rows).toEqual(["A:DOSSIER", "B:DOSSIER", "B:ON_SITE"]);
    // Another plan's member matches nothing here; a malformed filter is ignored.
    const other = await setup();
    expect((await list({ assignee: (await other.memberIds(other.a.id))[0]! })).total).toBe(0);
    expect((await list({ assignee: "nobody", kind: "x", page: "0" })).total).toBe(4);
  });

  it("pages 25 at a time: the seeded-size plan is never one long page", async () => {
    const units = await Promise.all(Array.from({ length: 13 }, () => qmsUnit()));
    const { plan } = await approvedPlanWithInspections({
      createdById: admin.id,
      units: units.map((u) => ({ agencyId: u.id, onSite: "MANDATORY" as const })),
      members: [],
    });
    const page = (n: number) =>
      listPlanInspections(scopeFor(admin), plan.id, planInspectionsQuerySchema.parse({ page: String(n) }));
    const [first, second] = await Promise.all([page(1), page(2)]);
    expect([first.total, first.pages, first.inspections.length, second.inspections.length]).toEqual([26, 2, 25, 1]);
    expect(new Set([...first.inspections, ...second.inspections].map((r) => r.id)).size).toBe(26);
  });
});
