import "server-only";
import { writeAudit } from "@/lib/audit";
import type { Scope } from "@/lib/auth/actor";
import { isDostStaff } from "@/lib/auth/roles";
import { todayInVietnam } from "@/lib/dates";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { visiblePlan, type Ctx } from "../access/open-for-change";
import { canEditPlan } from "../policy";
import type { DecideProposalInput } from "../schema";
import { unitRisks } from "./data";
import { proposeOnSite } from "./score";

/**
 * Stores the risk-based on-site proposal of a plan, in the caller's transaction: one OnSiteProposal row per
 * unit of the dossier scope (score, proposed or not, category, reasons), replacing an earlier proposal of the
 * same plan. The targets themselves change only when DOST decides (decideProposal, acceptAllProposals).
 */
export async function storeProposal(
  tx: Tx,
  scope: Scope,
  plan: { id: string; year: number },
  { ip, now = new Date() }: { ip: string | null; now?: Date },
) {
  const proposals = proposeOnSite(await unitRisks(tx, scope, plan, todayInVietnam(now)), plan.year);
  await tx.onSiteProposal.deleteMany({ where: { planId: plan.id } });
  await tx.onSiteProposal.createMany({
    data: proposals.map((p) => ({
      planId: plan.id,
      agencyId: p.agencyId,
      score: p.score,
      proposed: p.proposed,
      category: p.category,
      reasons: p.reasons,
    })),
  });
  const proposed = proposals.filter((p) => p.proposed).length;
  await writeAudit(tx, {
    type: "plan.proposal_made",
    actorId: scope.actor.id,
    target: { type: "plan", id: plan.id },
    data: { units: proposals.length, proposed },
    ip,
  });
  return { units: proposals.length, proposed };
}

/**
 * Locks a draft plan for a proposal change (FOR UPDATE: a submission waits, or is seen). Out of sight →
 * NOT_FOUND; not DOST staff → FORBIDDEN; no longer a draft → CONFLICT.
 */
async function openDraft(tx: Tx, scope: Scope, planId: string) {
  const [plan] = await tx.$queryRaw<{ id: string; status: PlanStatus; year: number }[]>`
    SELECT id, status, year FROM inspection_plan WHERE id = ${planId}::uuid FOR UPDATE`;
  if (!plan || !(await tx.inspectionPlan.count({ where: visiblePlan(scope, { id: plan.id }) })))
    throw new AppError("NOT_FOUND");
  if (isDostStaff(scope.actor) && plan.status !== "DRAFT")
    throw new AppError("CONFLICT", "plans.proposal.errors.notDraft");
  if (!canEditPlan(scope.actor, "editScope", plan)) throw new AppError("FORBIDDEN", "plans.errors.readOnly");
  return plan;
}

/** "Đề xuất danh sách tại trụ sở" on a draft's scope page: the proposal made again from today's data. */
export async function proposeOnSiteList(input: { planId: string }, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const plan = await openDraft(tx, scope, input.planId);
    return storeProposal(tx, scope, plan, { ip });
  });
}

/**
 * DOST takes one unit's proposal as it is (the target goes on site in the proposed category, or off site),
 * or changes it (on site or not, the category, with a note). Only while the plan is a draft; audited.
 */
export async function decideProposal(input: DecideProposalInput, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const plan = await openDraft(tx, scope, input.planId);
    const proposal = await tx.onSiteProposal.findUnique({
      where: { planId_agencyId: { planId: plan.id, agencyId: input.agencyId } },
    });
    if (!proposal) throw new AppError("NOT_FOUND");
    const accepted = input.decision === "ACCEPTED";
    const onSite = accepted ? proposal.proposed : input.onSite;
    const onSiteCategory = onSite ? (accepted ? proposal.category : (input.onSiteCategory ?? null)) : null;
    await applyToTarget(tx, plan.id, [{ agencyId: proposal.agencyId, onSite, onSiteCategory }]);
    await tx.onSiteProposal.update({
      where: { id: proposal.id },
      data: {
        decision: input.decision,
        decisionNote: input.note || null,
        decidedById: scope.actor.id,
        decidedAt: new Date(),
      },
    });
    await writeAudit(tx, {
      type: "plan.proposal_decided",
      actorId: scope.actor.id,
      target: { type: "plan", id: plan.id },
      data: { agencyId: proposal.agencyId, decision: input.decision, onSite, onSiteCategory, note: input.note || null },
      ip,
    });
    return { agencyId: proposal.agencyId, onSite, onSiteCategory };
  });
}

/** "Chấp nhận tất cả": every unit not decided yet takes its proposal as it is. */
export async function acceptAllProposals(input: { planId: string }, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const plan = await openDraft(tx, scope, input.planId);
    const open = await tx.onSiteProposal.findMany({
      where: { planId: plan.id, decision: null },
      select: { id: true, agencyId: true, proposed: true, category: true },
    });
    await applyToTarget(
      tx,
      plan.id,
      open.map((p) => ({ agencyId: p.agencyId, onSite: p.proposed, onSiteCategory: p.proposed ? p.category : null })),
    );
    const now = new Date();
    await tx.onSiteProposal.updateMany({
      where: { id: { in: open.map((p) => p.id) }, decision: null },
      data: { decision: "ACCEPTED", decidedById: scope.actor.id, decidedAt: now },
    });
    await writeAudit(tx, {
      type: "plan.proposal_accepted_all",
      actorId: scope.actor.id,
      target: { type: "plan", id: plan.id },
      data: { units: open.length, onSite: open.filter((p) => p.proposed).length },
      ip,
    });
    return { units: open.length, proposed: open.filter((p) => p.proposed).length };
  });
}

/**
 * Sets the targets' on-site track (a unit off site loses its scheduled visits, as setTarget does). The plan
 * must still be a draft inside the write (CONFLICT otherwise); a unit out of the dossier scope cannot go on site.
 */
async function applyToTarget(
  tx: Tx,
  planId: string,
  changes: { agencyId: string; onSite: boolean; onSiteCategory: "MANDATORY" | "ENCOURAGED" | null }[],
) {
  if (!changes.length) return;
  const updated = await tx.$executeRaw`
    UPDATE plan_target t SET "onSite" = c."onSite", "onSiteCategory" = c."onSiteCategory"::"OnSiteCategory"
      FROM json_to_recordset(${JSON.stringify(changes)}::json) AS c("agencyId" uuid, "onSite" boolean, "onSiteCategory" text),
           inspection_plan p
     WHERE t."planId" = ${planId}::uuid AND t."agencyId" = c."agencyId" AND p.id = t."planId" AND p.status = 'DRAFT'
       AND (t."inDossier" OR NOT c."onSite")`;
  if (updated !== changes.length) throw new AppError("CONFLICT", "plans.proposal.errors.stale");
  const off = changes.filter((c) => !c.onSite).map((c) => c.agencyId);
  if (off.length) await tx.planVisit.deleteMany({ where: { target: { planId, agencyId: { in: off } } } });
}
