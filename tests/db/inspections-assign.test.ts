import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { assignInspections } from "@/lib/inspections/assign";
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
  const [lead, a, b] = await Promise.all([createActor("DOST_INSPECTOR"), createActor("DOST_INSPECTOR"), createActor("PARTNER_INSPECTOR")]);
  const units = await Promise.all([qmsUnit(), qmsUnit()]);
  const { plan } = await approvedPlanWithInspections({
    createdById: admin.id,
    units: units.map((u) => ({ agencyId: u.id, onSite: "MANDATORY" as const })),
    members: [{ userId: lead.user.id, role: "LEAD" }, { userId: a.user.id, role: "MEMBER" }, { userId: b.user.id, role: "MEMBER" }],
  });
  const inspections = await Promise.all(units.map((u) => inspectionOf(plan.id, u.id)));
  const memberIds = async (...userIds: string[]) => (await db.planMember.findMany({ where: { planId: plan.id, userId: { in: userIds } }, select: { id: true } })).map((m) => m.id);
  return { plan, inspections, lead: lead.actor, a: a.actor, b: b.actor, memberIds };
}

describe("assignInspections (the plan's inspection list)", () => {
  it("lets the team lead add members to several inspections at once, skipping who is already there, one audit row per changed inspection", async () => {
    const { plan, inspections, lead, a, b, memberIds } = await setup();
    const [first, second] = inspections.map((i) => i.id) as [string, string];
    expect(await assignInspections({ planId: plan.id, inspectionIds: [first], memberIds: await memberIds(a.id) }, { actor: lead, ip })).toEqual({ inspections: 1, added: 1 });
    expect(await assignInspections({ planId: plan.id, inspectionIds: [first, second], memberIds: await memberIds(a.id, b.id) }, { actor: lead, ip })).toEqual({ inspections: 2, added: 3 });
    const assigned = await db.inspectionAssignee.findMany({ where: { inspectionId: { in: [first, second] } }, select: { inspectionId: true, member: { select: { userId: true } } } });
    expect(assigned.filter((x) => x.inspectionId === first).map((x) => x.member.userId).sort()).toEqual([a.id, b.id].sort());
    expect(assigned.filter((x) => x.inspectionId === second).map((x) => x.member.userId).sort()).toEqual([a.id, b.id].sort());
    const added = async (id: string) => (await auditRowsFor({ type: "inspection", id }, "inspection.assigned")).map((r) => [r.actorId, [...(r.data as { added: string[] }).added].sort()]);
    expect(await added(first)).toEqual([[lead.id, [a.id]], [lead.id, [b.id]]]);
    expect(await added(second)).toEqual([[lead.id, [a.id, b.id].sort()]]);
  });

  it("refuses a plain member, and any inspection already signed off, changing nothing", async () => {
    const { plan, inspections, lead, a, memberIds } = await setup();
    const ids = inspections.map((i) => i.id);
    expect(await appError(assignInspections({ planId: plan.id, inspectionIds: ids, memberIds: await memberIds(a.id) }, { actor: a, ip }))).toMatchObject({ code: "FORBIDDEN" });
    await db.inspection.update({ where: { id: ids[1]! }, data: { status: "SIGNED_OFF" } });
    expect(await appError(assignInspections({ planId: plan.id, inspectionIds: ids, memberIds: await memberIds(a.id) }, { actor: lead, ip }))).toMatchObject({ code: "CONFLICT", messageKey: "inspections.errors.someLocked" });
    expect(await db.inspectionAssignee.count({ where: { inspectionId: { in: ids } } })).toBe(0);
  });
});
