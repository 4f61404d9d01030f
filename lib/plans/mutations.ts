import "server-only";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { uniquely } from "@/lib/db/unique";
import { AppError } from "@/lib/errors";
import type { MilestoneKind } from "@/lib/generated/prisma/enums";
import { visiblePlan, type Ctx } from "./access/open-for-change";
import { canEditPlan } from "./policy";
import { milestoneKinds, type PlanFields, type SetTargetInput, type UpdatePlanInput } from "./schema";
import { storeProposal } from "./proposal/mutations";
import { proposedScopeWhere } from "./targets/proposed-scope";
import { assertNumberFree, numberTaken } from "./versions/number";

/*
 * A plan's content while it is a draft: its fields and its scope (targets). The workflow steps are in
 * workflow/mutations.ts, amendments and copies in versions/mutations.ts, team and schedule in their folders.
 */

function milestonesOf(fields: PlanFields) {
  const values = fields as unknown as Record<string, Date | null>;
  return milestoneKinds.flatMap((kind) =>
    values[`milestone_${kind}`] ? [{ kind: kind as MilestoneKind, date: values[`milestone_${kind}`]! }] : [],
  );
}

function planData(fields: PlanFields) {
  return {
    year: fields.year,
    number: fields.number,
    issuedOn: fields.issuedOn!,
    title: fields.title,
    legalBases: fields.legalBases,
    objectives: fields.objectives,
    requirements: fields.requirements,
    leadAgencyId: fields.leadAgencyId,
    teamDecisionNumber: fields.teamDecisionNumber,
    teamDecisionDate: fields.teamDecisionDate,
  };
}

/** A new draft with its dossier scope proposed from the registry. */
export async function createPlan(fields: PlanFields, { scope, ip }: Ctx) {
  if (!canEditPlan(scope.actor, "create")) throw new AppError("FORBIDDEN");
  return uniquely(createPlanTx(fields, { scope, ip }), numberTaken());
}

function createPlanTx(fields: PlanFields, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    await assertNumberFree(tx, fields.year, fields.number);
    const plan = await tx.inspectionPlan.create({
      data: {
        ...planData(fields),
        createdById: scope.actor.id,
        coordinators: { create: fields.coordinatorIds.map((agencyId) => ({ agencyId })) },
        milestones: { create: milestonesOf(fields) },
      },
    });
    const units = await tx.agency.findMany({ where: proposedScopeWhere(fields.issuedOn!), select: { id: true } });
    await tx.planTarget.createMany({ data: units.map((u) => ({ planId: plan.id, agencyId: u.id })) });
    await tx.planEvent.create({ data: { planId: plan.id, action: "created", actorId: scope.actor.id } });
    await writeAudit(tx, {
      type: "plan.created",
      actorId: scope.actor.id,
      target: { type: "plan", id: plan.id },
      data: { year: plan.year, number: plan.number, targets: units.length },
      ip,
    });
    // The on-site list proposed from earlier years' results (DOST decides unit by unit on the scope page).
    await storeProposal(tx, scope, plan, { ip });
    return { id: plan.id };
  });
}

/** Edits a draft's fields; `lockVersion` must be the one the form was opened with. */
export async function updatePlan(input: UpdatePlanInput, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const plan = await tx.inspectionPlan.findFirst({ where: visiblePlan(scope, { id: input.id }) });
    if (!plan) throw new AppError("NOT_FOUND");
    if (!canEditPlan(scope.actor, "edit", plan)) throw new AppError("FORBIDDEN", "plans.errors.readOnly");
    if (plan.version === 1) await assertNumberFree(tx, input.year, input.number, plan.id);
    const { count } = await tx.inspectionPlan.updateMany({
      where: { id: input.id, lockVersion: input.lockVersion, status: "DRAFT" },
      data: {
        ...planData(input),
        ...(plan.version > 1 ? { year: plan.year, number: plan.number } : {}),
        lockVersion: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT");
    await tx.planCoordinator.deleteMany({ where: { planId: plan.id } });
    await tx.planCoordinator.createMany({
      data: input.coordinatorIds.map((agencyId) => ({ planId: plan.id, agencyId })),
    });
    await tx.planMilestone.deleteMany({ where: { planId: plan.id } });
    await tx.planMilestone.createMany({ data: milestonesOf(input).map((m) => ({ ...m, planId: plan.id })) });
    await writeAudit(tx, {
      type: "plan.updated",
      actorId: scope.actor.id,
      target: { type: "plan", id: plan.id },
      data: { fields: Object.keys(input) },
      ip,
    });
    return { id: plan.id, lockVersion: input.lockVersion + 1 };
  });
}

/** Puts one unit in or out of the dossier and on-site tracks of a draft. */
export async function setTarget(input: SetTargetInput, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const plan = await tx.inspectionPlan.findFirst({
      where: visiblePlan(scope, { id: input.planId }),
      select: { id: true, status: true, issuedOn: true },
    });
    if (!plan) throw new AppError("NOT_FOUND");
    if (!canEditPlan(scope.actor, "editScope", plan)) throw new AppError("FORBIDDEN", "plans.errors.readOnly");
    const unit = await tx.agency.findUnique({
      where: { id: input.agencyId },
      select: { id: true, validFrom: true, validTo: true, standardVersion: true },
    });
    if (!unit) throw new AppError("VALIDATION", "errors.VALIDATION", { agencyId: ["plans.errors.unitNotFound"] });
    const active = unit.validFrom <= plan.issuedOn && (!unit.validTo || unit.validTo >= plan.issuedOn);
    if (input.inDossier && !active)
      throw new AppError("VALIDATION", "errors.VALIDATION", { agencyId: ["plans.errors.unitInactive"] });
    const existing = await tx.planTarget.findUnique({
      where: { planId_agencyId: { planId: plan.id, agencyId: unit.id } },
    });
    // Leaving out a proposed unit, or adding one that was not proposed, needs a reason.
    const deviates = existing ? !input.inDossier && existing.inDossier : input.inDossier;
    if (deviates && !input.dossierReason)
      throw new AppError("VALIDATION", "errors.VALIDATION", { dossierReason: ["plans.errors.reason"] });
    const data = {
      inDossier: input.inDossier,
      dossierReason: input.dossierReason || existing?.dossierReason || null,
      onSite: input.onSite,
      onSiteCategory: input.onSite ? (input.onSiteCategory ?? null) : null,
      rationale: input.onSite ? input.rationale : null,
    };
    const target = existing
      ? await tx.planTarget.update({ where: { id: existing.id }, data })
      : await tx.planTarget.create({ data: { ...data, planId: plan.id, agencyId: unit.id } });
    if (!input.onSite) await tx.planVisit.deleteMany({ where: { targetId: target.id } });
    await writeAudit(tx, {
      type: "plan.target_set",
      actorId: scope.actor.id,
      target: { type: "plan", id: plan.id },
      data: { agencyId: unit.id, ...data },
      ip,
    });
    return { id: target.id };
  });
}
