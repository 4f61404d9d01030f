import "server-only";
import { writeAudit } from "@/lib/audit";
import { isInspectorRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { openPlanForChange, type Ctx } from "../access/open-for-change";

export async function addMember(
  input: { planId: string; userId: string; role: "LEAD" | "MEMBER" | "SECRETARY" },
  { scope, ip }: Ctx,
) {
  return db.$transaction(async (tx) => {
    await openPlanForChange(tx, scope, input.planId, "editTeam");
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, role: true, status: true },
    });
    if (!user || user.status !== "ACTIVE" || !isInspectorRole(user)) {
      throw new AppError("VALIDATION", "errors.VALIDATION", { userId: ["plans.errors.notInspector"] });
    }
    if (input.role === "LEAD" && (await tx.planMember.count({ where: { planId: input.planId, role: "LEAD" } }))) {
      throw new AppError("VALIDATION", "errors.VALIDATION", { role: ["plans.errors.oneLead"] });
    }
    const existing = await tx.planMember.findUnique({
      where: { planId_userId: { planId: input.planId, userId: input.userId } },
    });
    if (existing) throw new AppError("VALIDATION", "errors.VALIDATION", { userId: ["plans.errors.alreadyMember"] });
    const member = await tx.planMember.create({ data: input });
    await writeAudit(tx, {
      type: "plan.member_added",
      actorId: scope.actor.id,
      target: { type: "plan", id: input.planId },
      data: { userId: input.userId, role: input.role },
      ip,
    });
    return { id: member.id };
  });
}

export async function removeMember(input: { planId: string; memberId: string }, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    await openPlanForChange(tx, scope, input.planId, "editTeam");
    const member = await tx.planMember.findFirst({ where: { id: input.memberId, planId: input.planId } });
    if (!member) throw new AppError("NOT_FOUND");
    await tx.planMember.delete({ where: { id: member.id } });
    await writeAudit(tx, {
      type: "plan.member_removed",
      actorId: scope.actor.id,
      target: { type: "plan", id: input.planId },
      data: { userId: member.userId },
      ip,
    });
    return { id: member.id };
  });
}
