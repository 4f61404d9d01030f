import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { uniquely } from "@/lib/db/unique";
import { AppError } from "@/lib/errors";
import type { MilestoneKind, PlanStatus } from "@/lib/generated/prisma/enums";
import { createTranslator } from "@/lib/i18n";
import { carryOverInspections, generateInspections } from "@/lib/inspections/generation/mutations";
import { getStorage } from "@/lib/storage";
import { formatCalendarDate } from "@/lib/text/dates";
import { recordTransition } from "./notify";
import { canEditPlan } from "./policy";
import { submissionProblems } from "./workflow/rules";
import { proposedScopeWhere } from "./targets/proposed-scope";
import { milestoneKinds, type PlanFields, type SetTargetInput, type UpdatePlanInput } from "./schema";
import { canTransition, transitions } from "./workflow/state";

type Ctx = { actor: Actor; ip: string | null };
const vi = createTranslator("vi");

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

async function assertNumberFree(tx: Tx, year: number, number: string, exceptId?: string) {
  const taken = await tx.inspectionPlan.findFirst({
    where: { year, number, ...(exceptId ? { id: { not: exceptId } } : {}), previousId: null },
    select: { id: true },
  });
  if (taken) throw new AppError("VALIDATION", "errors.VALIDATION", { number: ["plans.errors.numberTaken"] });
}

const numberTaken = () => new AppError("VALIDATION", "errors.VALIDATION", { number: ["plans.errors.numberTaken"] });

/** A new draft with its dossier scope proposed from the registry. */
export async function createPlan(fields: PlanFields, { actor, ip }: Ctx) {
  if (!canEditPlan(actor, "create")) throw new AppError("FORBIDDEN");
  return uniquely(createPlanTx(fields, { actor, ip }), numberTaken());
}

function createPlanTx(fields: PlanFields, { actor, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    await assertNumberFree(tx, fields.year, fields.number);
    const plan = await tx.inspectionPlan.create({
      data: {
        ...planData(fields),
        createdById: actor.id,
        coordinators: { create: fields.coordinatorIds.map((agencyId) => ({ agencyId })) },
        milestones: { create: milestonesOf(fields) },
      },
    });
    const units = await tx.agency.findMany({ where: proposedScopeWhere(fields.issuedOn!), select: { id: true } });
    await tx.planTarget.createMany({ data: units.map((u) => ({ planId: plan.id, agencyId: u.id })) });
    await tx.planEvent.create({ data: { planId: plan.id, action: "created", actorId: actor.id } });
    await writeAudit(tx, {
      type: "plan.created",
      actorId: actor.id,
      target: { type: "plan", id: plan.id },
      data: { year: plan.year, number: plan.number, targets: units.length },
      ip,
    });
    return { id: plan.id };
  });
}

/** Edits a draft's fields; `lockVersion` must be the one the form was opened with. */
export async function updatePlan(input: UpdatePlanInput, { actor, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const plan = await tx.inspectionPlan.findUnique({ where: { id: input.id } });
    if (!plan) throw new AppError("NOT_FOUND");
    if (!canEditPlan(actor, "edit", plan)) throw new AppError("FORBIDDEN", "plans.errors.readOnly");
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
      actorId: actor.id,
      target: { type: "plan", id: plan.id },
      data: { fields: Object.keys(input) },
      ip,
    });
    return { id: plan.id, lockVersion: input.lockVersion + 1 };
  });
}

/** Puts one unit in or out of the dossier and on-site tracks of a draft. */
export async function setTarget(input: SetTargetInput, { actor, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const plan = await tx.inspectionPlan.findUnique({
      where: { id: input.planId },
      select: { id: true, status: true, issuedOn: true },
    });
    if (!plan) throw new AppError("NOT_FOUND");
    if (!canEditPlan(actor, "editScope", plan)) throw new AppError("FORBIDDEN", "plans.errors.readOnly");
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
      actorId: actor.id,
      target: { type: "plan", id: plan.id },
      data: { agencyId: unit.id, ...data },
      ip,
    });
    return { id: target.id };
  });
}

type TransitionInput =
  | { action: "submit"; id: string }
  | { action: "return"; id: string; comment: string }
  | {
      action: "approve";
      id: string;
      approvalNumber: string;
      approvalDate: Date;
      file?: { key: string; name: string; size: number; sha256: string };
    }
  | { action: "cancel"; id: string; reason: string };

/**
 * One workflow step. The state precondition is part of the UPDATE, so of two people approving at once
 * one wins and the other is told the plan has already changed.
 */
export async function transitionPlan(input: TransitionInput, { actor, ip }: Ctx) {
  const t = transitions[input.action];
  return db.$transaction(async (tx) => {
    const plan = await tx.inspectionPlan.findUnique({
      where: { id: input.id },
      include: { targets: { include: { agency: { select: { isoRequirement: true, kind: true } } } }, milestones: true },
    });
    if (!plan) throw new AppError("NOT_FOUND");
    if (!t.roles.includes(actor.role)) throw new AppError("FORBIDDEN");
    if (!t.from.includes(plan.status)) throw new AppError("CONFLICT", "plans.errors.changed");
    if (input.action === "submit") {
      const problems = submissionProblems(plan);
      // The message says why in general; the list, with its numbers, says what to fix.
      if (problems.length)
        throw new AppError("VALIDATION", "plans.workflow.cannotSubmit", {
          _form: problems.map((p) => vi.raw(p.key, p.params)),
        });
    }
    if (input.action === "approve" && input.approvalDate < plan.issuedOn) {
      throw new AppError("VALIDATION", "errors.VALIDATION", { approvalDate: ["plans.errors.approvalBeforePlan"] });
    }
    const now = new Date();
    let to: PlanStatus = t.to!;
    if (input.action === "approve" && plan.previousId) {
      // An approved amendment takes over from the version it amends, in the state that one was in.
      const previous = await tx.inspectionPlan.findUniqueOrThrow({ where: { id: plan.previousId } });
      if (previous.status === "IN_PROGRESS") to = "IN_PROGRESS";
      // Only a version still in force can be superseded (not one cancelled meanwhile).
      const superseded = await tx.inspectionPlan.updateMany({
        where: { id: previous.id, status: { in: ["APPROVED", "IN_PROGRESS"] } },
        data: { status: "SUPERSEDED" },
      });
      if (superseded.count === 0) throw new AppError("CONFLICT", "plans.errors.changed");
    }
    const { count } = await tx.inspectionPlan.updateMany({
      where: { id: plan.id, status: plan.status },
      data: {
        status: to,
        lockVersion: { increment: 1 },
        ...(input.action === "submit" ? { submittedAt: now } : {}),
        ...(input.action === "approve"
          ? {
              approvalNumber: input.approvalNumber,
              approvalDate: input.approvalDate,
              approvedAt: now,
              approvedById: actor.id,
              ...(input.file
                ? {
                    approvalFileKey: input.file.key,
                    approvalFileName: input.file.name,
                    approvalFileSize: input.file.size,
                    approvalFileSha256: input.file.sha256,
                  }
                : {}),
            }
          : {}),
        ...(input.action === "cancel" ? { cancelledAt: now, cancelReason: input.reason } : {}),
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "plans.errors.changed");
    const comment =
      input.action === "return"
        ? input.comment
        : input.action === "cancel"
          ? input.reason
          : input.action === "approve"
            ? `${input.approvalNumber}, ${formatCalendarDate(input.approvalDate)}`
            : null;
    await recordTransition(
      tx,
      plan,
      { action: input.action, from: plan.status, to, comment },
      { actorId: actor.id, ip },
    );
    if (input.action === "approve") await prepareInspections(tx, plan, { actor, ip });
    return { id: plan.id, status: to };
  });
}

/**
 * The approved plan's inspections, in the approval's transaction: an amendment first takes over the
 * inspections of the version it replaces, then every target gets what it still lacks.
 */
async function prepareInspections(tx: Tx, plan: { id: string; previousId: string | null }, { actor, ip }: Ctx) {
  const moved = plan.previousId
    ? await carryOverInspections(tx, plan.previousId, plan.id)
    : { carried: 0, removed: 0, kept: 0 };
  const created = await generateInspections(tx, plan.id);
  await writeAudit(tx, {
    type: "inspection.generated",
    actorId: actor.id,
    target: { type: "plan", id: plan.id },
    data: { created: created.inspections, items: created.items, ...moved },
    ip,
  });
}

/** Starts an amendment: a new draft version with the same content; the approved version stays in force meanwhile. */
export async function amendPlan(input: { id: string }, ctx: Ctx) {
  return uniquely(amendPlanTx(input, ctx), new AppError("CONFLICT", "plans.errors.amendmentExists"));
}

function amendPlanTx(input: { id: string }, { actor, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const plan = await tx.inspectionPlan.findUnique({
      where: { id: input.id },
      include: {
        coordinators: true,
        milestones: true,
        targets: { include: { visits: { include: { members: true } } } },
        members: true,
        amendment: true,
      },
    });
    if (!plan) throw new AppError("NOT_FOUND");
    if (!canTransition(actor.role, "amend", plan.status))
      throw new AppError(
        canTransition(actor.role, "amend", "APPROVED") ? "CONFLICT" : "FORBIDDEN",
        "plans.errors.changed",
      );
    if (plan.amendment) throw new AppError("CONFLICT", "plans.errors.amendmentExists");
    const copy = await copyContent(tx, plan, {
      year: plan.year,
      number: plan.number,
      issuedOn: plan.issuedOn,
      version: plan.version + 1,
      previousId: plan.id,
      createdById: actor.id,
      withVisits: true,
    });
    await tx.planEvent.create({
      data: { planId: copy.id, action: "amend", actorId: actor.id, comment: `v${plan.version} → v${plan.version + 1}` },
    });
    await writeAudit(tx, {
      type: "plan.amended",
      actorId: actor.id,
      target: { type: "plan", id: copy.id },
      data: { from: plan.id, version: plan.version + 1 },
      ip,
    });
    return { id: copy.id };
  });
}

/** A new year's draft from an earlier plan: scope and team carried over, statuses and schedule reset. */
export async function copyPlan(
  input: { fromId: string; year: number; number: string; issuedOn: Date | null },
  ctx: Ctx,
) {
  if (!canEditPlan(ctx.actor, "copy")) throw new AppError("FORBIDDEN");
  return uniquely(copyPlanTx(input, ctx), numberTaken());
}

function copyPlanTx(
  input: { fromId: string; year: number; number: string; issuedOn: Date | null },
  { actor, ip }: Ctx,
) {
  return db.$transaction(async (tx) => {
    const plan = await tx.inspectionPlan.findUnique({
      where: { id: input.fromId },
      include: {
        coordinators: true,
        milestones: true,
        targets: { include: { visits: { include: { members: true } } } },
        members: true,
      },
    });
    if (!plan) throw new AppError("NOT_FOUND");
    await assertNumberFree(tx, input.year, input.number);
    const copy = await copyContent(tx, plan, {
      year: input.year,
      number: input.number,
      issuedOn: input.issuedOn!,
      version: 1,
      previousId: null,
      createdById: actor.id,
      withVisits: false,
    });
    await tx.planEvent.create({
      data: { planId: copy.id, action: "copied", actorId: actor.id, comment: `${plan.number} (${plan.year})` },
    });
    await writeAudit(tx, {
      type: "plan.created",
      actorId: actor.id,
      target: { type: "plan", id: copy.id },
      data: { year: input.year, number: input.number, targets: copy.targets, copiedFrom: plan.id },
      ip,
    });
    return { id: copy.id };
  });
}

type PlanWithContent = NonNullable<Awaited<ReturnType<Tx["inspectionPlan"]["findUnique"]>>> & {
  coordinators: { agencyId: string }[];
  milestones: { kind: MilestoneKind; date: Date; note: string | null }[];
  targets: {
    id: string;
    agencyId: string;
    inDossier: boolean;
    dossierReason: string | null;
    onSite: boolean;
    onSiteCategory: "MANDATORY" | "ENCOURAGED" | null;
    rationale: string | null;
    visits: { startsAt: Date; endsAt: Date; note: string | null; members: { memberId: string }[] }[];
  }[];
  members: { id: string; userId: string; role: "LEAD" | "MEMBER" | "SECRETARY" }[];
};

async function copyContent(
  tx: Tx,
  plan: PlanWithContent,
  to: {
    year: number;
    number: string;
    issuedOn: Date;
    version: number;
    previousId: string | null;
    createdById: string;
    withVisits: boolean;
  },
) {
  const yearShift = to.year - plan.year;
  const shift = (d: Date) => new Date(Date.UTC(d.getUTCFullYear() + yearShift, d.getUTCMonth(), d.getUTCDate()));
  // A copy into a later year keeps only units still in force on its date.
  const inForce = new Set(
    (
      await tx.agency.findMany({
        where: {
          id: { in: plan.targets.map((t) => t.agencyId) },
          validFrom: { lte: to.issuedOn },
          OR: [{ validTo: null }, { validTo: { gte: to.issuedOn } }],
        },
        select: { id: true },
      })
    ).map((a) => a.id),
  );
  const copy = await tx.inspectionPlan.create({
    data: {
      year: to.year,
      number: to.number,
      version: to.version,
      previousId: to.previousId,
      issuedOn: to.issuedOn,
      title: yearShift ? plan.title.replaceAll(String(plan.year), String(to.year)) : plan.title,
      legalBases: plan.legalBases,
      objectives: plan.objectives,
      requirements: plan.requirements,
      leadAgencyId: plan.leadAgencyId,
      // Sample labels belong to the seeded plan (and its amendments, which keep its illustrative selection),
      // never to a plan copied from it into another year.
      isSample: to.previousId ? plan.isSample : false,
      teamDecisionNumber: yearShift ? null : plan.teamDecisionNumber,
      teamDecisionDate: yearShift ? null : plan.teamDecisionDate,
      createdById: to.createdById,
      coordinators: { create: plan.coordinators.map((c) => ({ agencyId: c.agencyId })) },
      milestones: { create: plan.milestones.map((m) => ({ kind: m.kind, date: shift(m.date), note: m.note })) },
    },
  });
  // Ids are made here so that members, targets, visits and visit members go in with one createMany each
  // (an amendment of the 2021 plan copies 197 targets).
  const memberIds = new Map(plan.members.map((m) => [m.id, randomUUID()]));
  await tx.planMember.createMany({
    data: plan.members.map((m) => ({ id: memberIds.get(m.id)!, planId: copy.id, userId: m.userId, role: m.role })),
  });
  // A sample plan's on-site rationales say the selection is an illustration: not carried into a real plan.
  const dropRationales = plan.isSample && !to.previousId;
  const kept = plan.targets
    .filter((t) => inForce.has(t.agencyId))
    .map((t) => ({ ...t, rationale: dropRationales ? null : t.rationale, newId: randomUUID() }));
  await tx.planTarget.createMany({
    data: kept.map((t) => ({
      id: t.newId,
      planId: copy.id,
      agencyId: t.agencyId,
      inDossier: t.inDossier,
      dossierReason: t.dossierReason,
      onSite: t.onSite,
      onSiteCategory: t.onSiteCategory,
      rationale: t.rationale,
    })),
  });
  if (to.withVisits) {
    const visits = kept.flatMap((t) => t.visits.map((v) => ({ ...v, id: randomUUID(), targetId: t.newId })));
    await tx.planVisit.createMany({
      data: visits.map((v) => ({
        id: v.id,
        planId: copy.id,
        targetId: v.targetId,
        startsAt: v.startsAt,
        endsAt: v.endsAt,
        note: v.note,
      })),
    });
    await tx.planVisitMember.createMany({
      data: visits.flatMap((v) => v.members.map((m) => ({ visitId: v.id, memberId: memberIds.get(m.memberId)! }))),
    });
  }
  const targets = kept.length;
  return { id: copy.id, targets };
}

/**
 * Approval with the signed decision attached. The PDF is stored first (checked by its bytes, not its
 * name); if the approval then fails, the stored file is removed, so no file outlives a refused approval.
 */
export async function approvePlan(
  input: { id: string; approvalNumber: string; approvalDate: Date; approvalFile?: File },
  ctx: Ctx,
) {
  const { approvalFile, ...decision } = input;
  if (!approvalFile) return transitionPlan({ action: "approve", ...decision }, ctx);
  const head = new Uint8Array(await approvalFile.slice(0, 5).arrayBuffer());
  if (String.fromCharCode(...head) !== "%PDF-")
    throw new AppError("VALIDATION", "errors.VALIDATION", { approvalFile: ["plans.errors.notPdf"] });
  const storage = getStorage();
  const stored = await storage.put(approvalFile.stream() as unknown as AsyncIterable<Uint8Array>);
  const name =
    approvalFile.name
      .normalize("NFC")
      .replace(/^.*[\\/]/, "")
      .slice(0, 200) || "quyet-dinh.pdf";
  try {
    return await transitionPlan({ action: "approve", ...decision, file: { ...stored, name } }, ctx);
  } catch (error) {
    await storage.remove(stored.key);
    throw error;
  }
}
