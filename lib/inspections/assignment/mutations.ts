import "server-only";
import { writeAudit, writeAuditMany } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { openForChange, type Ctx } from "../access/open-for-change";
import { canInspection, inspectionVisibility } from "../policy";

/** The plan's members among `memberIds`, refused if any is not on the team or belongs to an inspected unit. */
async function teamMembers(tx: Tx, planId: string, memberIds: string[], agencyIds: string[]) {
  const members = await tx.planMember.findMany({
    where: { planId, id: { in: memberIds } },
    select: { id: true, userId: true, user: { select: { name: true, agencyId: true } } },
  });
  if (members.length !== new Set(memberIds).size)
    throw new AppError("VALIDATION", "errors.VALIDATION", { memberIds: ["inspections.errors.notMember"] });
  // Impartiality, as for visits: nobody inspects the unit they work in.
  const own = members.filter((m) => m.user.agencyId && agencyIds.includes(m.user.agencyId));
  if (own.length)
    throw new AppError("VALIDATION", "errors.VALIDATION", {
      memberIds: [
        { key: "inspections.errors.impartiality", params: { names: own.map((m) => m.user.name).join(", ") } },
      ],
    });
  return members;
}

/** Sets who is assigned to one inspection (the list replaces the previous one). Team lead or DOST administrator. */
export async function assignInspection(input: { inspectionId: string; memberIds: string[] }, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const { inspection } = await openForChange(tx, scope, input.inspectionId, "assign");
    const members = await teamMembers(tx, inspection.planId, input.memberIds, [inspection.agencyId]);
    const before = await tx.inspectionAssignee.findMany({
      where: { inspectionId: inspection.id },
      select: { memberId: true, member: { select: { userId: true } } },
    });
    const wanted = new Set(members.map((m) => m.id));
    const removed = before.filter((a) => !wanted.has(a.memberId));
    const added = members.filter((m) => !before.some((a) => a.memberId === m.id));
    await tx.inspectionAssignee.deleteMany({
      where: { inspectionId: inspection.id, memberId: { in: removed.map((a) => a.memberId) } },
    });
    await tx.inspectionAssignee.createMany({
      data: added.map((m) => ({ inspectionId: inspection.id, memberId: m.id })),
    });
    await writeAudit(tx, {
      type: "inspection.assigned",
      actorId: scope.actor.id,
      target: { type: "inspection", id: inspection.id },
      data: { added: added.map((m) => m.userId), removed: removed.map((a) => a.member.userId) },
      ip,
    });
    return { id: inspection.id, assigned: members.length };
  });
}

/** Adds members to many inspections of one plan at once (the plan's inspection list). Nobody is unassigned. */
export async function assignInspections(
  input: { planId: string; inspectionIds: string[]; memberIds: string[] },
  { scope, ip }: Ctx,
) {
  return db.$transaction(async (tx) => {
    // Locked as openForChange locks one inspection, so a sign-off cannot land between the check and the insert.
    const inspections = await tx.$queryRaw<{ id: string; status: string; agencyId: string }[]>`
      SELECT id, status::text AS status, "agencyId" FROM inspection
       WHERE "planId" = ${input.planId}::uuid AND id = ANY(${input.inspectionIds}::uuid[])
         FOR NO KEY UPDATE`;
    // An inspection out of the scope's sight is refused as one not in the plan: ids do not leak.
    const visible = await tx.inspection.count({
      where: { AND: [inspectionVisibility(scope.actor), { id: { in: inspections.map((i) => i.id) } }] },
    });
    if (inspections.length !== new Set(input.inspectionIds).size || visible !== inspections.length)
      throw new AppError("VALIDATION", "errors.VALIDATION", { inspectionIds: ["inspections.errors.notInPlan"] });
    // Assigning is decided by the actor's role on the plan's team (no single inspection to be assigned to).
    const member = await tx.planMember.findUnique({
      where: { planId_userId: { planId: input.planId, userId: scope.actor.id } },
      select: { role: true },
    });
    if (
      !canInspection(scope.actor, "assign", { status: "IN_PROGRESS" }, member && { role: member.role, assigned: false })
    )
      throw new AppError("FORBIDDEN", "inspections.errors.forbidden");
    if (inspections.some((i) => i.status === "SIGNED_OFF"))
      throw new AppError("CONFLICT", "inspections.errors.someLocked");
    const members = await teamMembers(
      tx,
      input.planId,
      input.memberIds,
      inspections.map((i) => i.agencyId),
    );
    const existing = await tx.inspectionAssignee.findMany({
      where: { inspectionId: { in: inspections.map((i) => i.id) } },
      select: { inspectionId: true, memberId: true },
    });
    const has = new Set(existing.map((a) => `${a.inspectionId}|${a.memberId}`));
    const changes = inspections
      .map((inspection) => ({ inspection, fresh: members.filter((m) => !has.has(`${inspection.id}|${m.id}`)) }))
      .filter((c) => c.fresh.length > 0);
    await tx.inspectionAssignee.createMany({
      data: changes.flatMap((c) => c.fresh.map((m) => ({ inspectionId: c.inspection.id, memberId: m.id }))),
    });
    await writeAuditMany(
      tx,
      changes.map((c) => ({
        type: "inspection.assigned",
        actorId: scope.actor.id,
        target: { type: "inspection", id: c.inspection.id },
        data: { added: c.fresh.map((m) => m.userId), removed: [] },
        ip,
      })),
    );
    return { inspections: inspections.length, added: changes.reduce((n, c) => n + c.fresh.length, 0) };
  });
}

/**
 * A saved visit's members become assignees of that unit's on-site inspection (called by saveVisit, in its
 * transaction). Members taken off a visit stay assigned: they may already have recorded results.
 */
export async function assignVisitMembers(
  tx: Tx,
  input: { targetId: string; memberIds: string[]; actorId: string; ip: string | null },
) {
  const inspection = await tx.inspection.findUnique({
    where: { targetId_kind: { targetId: input.targetId, kind: "ON_SITE" } },
    select: { id: true, status: true, assignees: { select: { memberId: true } } },
  });
  if (!inspection || inspection.status === "SIGNED_OFF") return 0;
  const fresh = input.memberIds.filter((id) => !inspection.assignees.some((a) => a.memberId === id));
  if (!fresh.length) return 0;
  await tx.inspectionAssignee.createMany({
    data: fresh.map((memberId) => ({ inspectionId: inspection.id, memberId })),
  });
  const users = await tx.planMember.findMany({ where: { id: { in: fresh } }, select: { userId: true } });
  await writeAudit(tx, {
    type: "inspection.assigned",
    actorId: input.actorId,
    target: { type: "inspection", id: inspection.id },
    data: { added: users.map((u) => u.userId), removed: [] },
    ip: input.ip,
  });
  return fresh.length;
}
