import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canInspection, inspectionVisibility, type InspectionAction, type Membership } from "./policy";

export type Ctx = { actor: Actor; ip: string | null };

/** The actor's place on the inspection's team (see Membership), read in the caller's transaction. */
export async function membershipOf(tx: Tx, actorId: string, inspection: { id: string; planId: string }): Promise<Membership> {
  const member = await tx.planMember.findUnique({ where: { planId_userId: { planId: inspection.planId, userId: actorId } }, select: { id: true, role: true } });
  if (!member) return null;
  const assigned = await tx.inspectionAssignee.count({ where: { inspectionId: inspection.id, memberId: member.id } });
  return { role: member.role, assigned: assigned > 0 };
}

/**
 * Opens an inspection for a change, in the caller's transaction: out of the actor's sight → NOT_FOUND; the
 * row is locked (FOR NO KEY UPDATE) so that saves, sign-off and reopening of one inspection run one after the
 * other: a save that waited for a sign-off then sees the inspection locked. Refusals: a locked inspection →
 * CONFLICT with a clear message; anything else the policy forbids → FORBIDDEN.
 */
export async function openForChange(tx: Tx, actor: Actor, inspectionId: string, action: InspectionAction) {
  const visible = await tx.inspection.findFirst({ where: { AND: [inspectionVisibility(actor), { id: inspectionId }] }, select: { id: true } });
  if (!visible) throw new AppError("NOT_FOUND");
  await tx.$queryRaw`SELECT id FROM inspection WHERE id = ${inspectionId}::uuid FOR NO KEY UPDATE`;
  const inspection = await tx.inspection.findUniqueOrThrow({
    where: { id: inspectionId },
    select: {
      id: true,
      planId: true,
      agencyId: true,
      kind: true,
      status: true,
      recordDate: true,
      startedAt: true,
      overallResult: true,
      lockVersion: true,
      plan: { select: { id: true, number: true, year: true, issuedOn: true, status: true } },
      agency: { select: { name: true } },
    },
  });
  const membership = await membershipOf(tx, actor.id, inspection);
  if (!canInspection(actor, action, inspection, membership)) {
    if (inspection.status === "SIGNED_OFF" && action !== "reopen") throw new AppError("CONFLICT", "inspections.errors.locked");
    if (action === "reopen" && inspection.status !== "SIGNED_OFF") throw new AppError("CONFLICT", "inspections.errors.notSignedOff");
    throw new AppError("FORBIDDEN", "inspections.errors.forbidden");
  }
  return { inspection, membership };
}
export type OpenInspection = Awaited<ReturnType<typeof openForChange>>["inspection"];

/** Names of users, for "saved by …". */
export async function userNames(tx: Tx, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map<string, string>();
  const users = await tx.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
