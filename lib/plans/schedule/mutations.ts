import "server-only";
import { writeAudit } from "@/lib/audit";
import { vietnamInstant } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assignVisitMembers } from "@/lib/inspections";
import { instant, recipients, tellUsers } from "@/lib/notifications";
import { openPlanForChange, type Ctx } from "../access/open-for-change";
import type { VisitInput } from "../schema";

/**
 * Adds or moves an on-site visit. Impartiality: nobody visits the unit they belong to. The unit's officers
 * and the assigned members are told when a visit is scheduled or moved. Conflicts are shown, not refused.
 */
export async function saveVisit(input: VisitInput, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const plan = await openPlanForChange(tx, scope, input.planId, "editSchedule");
    const target = await tx.planTarget.findFirst({
      where: { id: input.targetId, planId: plan.id },
      include: { agency: { select: { id: true, name: true } } },
    });
    if (!target) throw new AppError("VALIDATION", "errors.VALIDATION", { targetId: ["plans.errors.unitNotFound"] });
    if (!target.onSite) throw new AppError("VALIDATION", "errors.VALIDATION", { targetId: ["plans.errors.notOnSite"] });
    const members = await tx.planMember.findMany({
      where: { planId: plan.id, id: { in: input.memberIds } },
      include: { user: { select: { id: true, name: true, agencyId: true } } },
    });
    if (members.length !== input.memberIds.length)
      throw new AppError("VALIDATION", "errors.VALIDATION", { memberIds: ["plans.errors.notMember"] });
    const own = members.filter((m) => m.user.agencyId === target.agencyId);
    if (own.length)
      throw new AppError("VALIDATION", "errors.VALIDATION", {
        memberIds: [{ key: "plans.errors.impartiality", params: { names: own.map((m) => m.user.name).join(", ") } }],
      });
    const startsAt = vietnamInstant(input.date!, input.start)!;
    const endsAt = vietnamInstant(input.date!, input.end)!;
    let visitId = input.visitId;
    let moved = false;
    let newMembers = members;
    if (visitId) {
      const before = await tx.planVisit.findFirst({
        where: { id: visitId, planId: plan.id },
        include: { members: true },
      });
      if (!before) throw new AppError("NOT_FOUND");
      const had = new Set(before.members.map((m) => m.memberId));
      newMembers = members.filter((m) => !had.has(m.id));
      moved = before.startsAt.getTime() !== startsAt.getTime() || before.targetId !== target.id;
      await tx.planVisit.update({
        where: { id: visitId },
        data: { targetId: target.id, startsAt, endsAt, note: input.note || null },
      });
      await tx.planVisitMember.deleteMany({ where: { visitId } });
    } else {
      visitId = (
        await tx.planVisit.create({
          data: { planId: plan.id, targetId: target.id, startsAt, endsAt, note: input.note || null },
        })
      ).id;
    }
    await tx.planVisitMember.createMany({ data: members.map((m) => ({ visitId: visitId!, memberId: m.id })) });
    await assignVisitMembers(tx, {
      targetId: target.id,
      memberIds: members.map((m) => m.id),
      actorId: scope.actor.id,
      ip,
    });
    await writeAudit(tx, {
      type: "plan.visit_saved",
      actorId: scope.actor.id,
      target: { type: "plan", id: plan.id },
      data: {
        visitId,
        agencyId: target.agencyId,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        members: members.map((m) => m.user.id),
        moved,
      },
      ip,
    });
    // The unit and the team hear of a new or moved visit; a member newly assigned to an unchanged one hears too.
    const tellAll = !input.visitId || moved;
    if (tellAll || newMembers.length) {
      const to = await recipients(
        tx,
        tellAll
          ? { agencyIds: [target.agencyId], userIds: members.map((m) => m.user.id) }
          : { userIds: newMembers.map((m) => m.user.id) },
      );
      const key = moved ? "plans.notify.visitMoved" : "plans.notify.visitScheduled";
      const params = { unit: target.agency.name, when: instant(startsAt), plan: `${plan.number} (${plan.year})` };
      await tellUsers(tx, to, { type: "plan.visit", key, params, link: `/ke-hoach/${plan.id}` }, scope.actor.id);
    }
    return { id: visitId };
  });
}

export async function removeVisit(input: { planId: string; visitId: string }, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    await openPlanForChange(tx, scope, input.planId, "editSchedule");
    const { count } = await tx.planVisit.deleteMany({ where: { id: input.visitId, planId: input.planId } });
    if (!count) throw new AppError("NOT_FOUND");
    await writeAudit(tx, {
      type: "plan.visit_removed",
      actorId: scope.actor.id,
      target: { type: "plan", id: input.planId },
      data: { visitId: input.visitId },
      ip,
    });
    return { id: input.visitId };
  });
}
