import "server-only";
import { randomUUID } from "node:crypto";
import { writeAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { uniquely } from "@/lib/db/unique";
import { AppError } from "@/lib/errors";
import type { MilestoneKind } from "@/lib/generated/prisma/enums";
import { visiblePlan, type Ctx } from "../access/open-for-change";
import { canEditPlan } from "../policy";
import { storeProposal } from "../proposal/mutations";
import { canTransition } from "../workflow/state";
import { assertNumberFree, numberTaken } from "./number";

/** Starts an amendment: a new draft version with the same content; the approved version stays in force meanwhile. */
export async function amendPlan(input: { id: string }, ctx: Ctx) {
  return uniquely(amendPlanTx(input, ctx), new AppError("CONFLICT", "plans.errors.amendmentExists"));
}

function amendPlanTx(input: { id: string }, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const plan = await tx.inspectionPlan.findFirst({
      where: visiblePlan(scope, { id: input.id }),
      include: {
        coordinators: true,
        milestones: true,
        targets: { include: { visits: { include: { members: true } } } },
        members: true,
        amendment: true,
      },
    });
    if (!plan) throw new AppError("NOT_FOUND");
    if (!canTransition(scope.actor.role, "amend", plan.status))
      throw new AppError(
        canTransition(scope.actor.role, "amend", "APPROVED") ? "CONFLICT" : "FORBIDDEN",
        "plans.errors.changed",
      );
    if (plan.amendment) throw new AppError("CONFLICT", "plans.errors.amendmentExists");
    const copy = await copyContent(tx, plan, {
      year: plan.year,
      number: plan.number,
      issuedOn: plan.issuedOn,
      version: plan.version + 1,
      previousId: plan.id,
      createdById: scope.actor.id,
      withVisits: true,
    });
    await tx.planEvent.create({
      data: {
        planId: copy.id,
        action: "amend",
        actorId: scope.actor.id,
        comment: `v${plan.version} → v${plan.version + 1}`,
      },
    });
    await writeAudit(tx, {
      type: "plan.amended",
      actorId: scope.actor.id,
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
  if (!canEditPlan(ctx.scope.actor, "copy")) throw new AppError("FORBIDDEN");
  return uniquely(copyPlanTx(input, ctx), numberTaken());
}

function copyPlanTx(
  input: { fromId: string; year: number; number: string; issuedOn: Date | null },
  { scope, ip }: Ctx,
) {
  return db.$transaction(async (tx) => {
    const plan = await tx.inspectionPlan.findFirst({
      where: visiblePlan(scope, { id: input.fromId }),
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
      createdById: scope.actor.id,
      withVisits: false,
    });
    await tx.planEvent.create({
      data: { planId: copy.id, action: "copied", actorId: scope.actor.id, comment: `${plan.number} (${plan.year})` },
    });
    await writeAudit(tx, {
      type: "plan.created",
      actorId: scope.actor.id,
      target: { type: "plan", id: copy.id },
      data: { year: input.year, number: input.number, targets: copy.targets, copiedFrom: plan.id },
      ip,
    });
    // A copy is a new year's draft: the on-site proposal is made from the years before it, as for a new plan.
    await storeProposal(tx, scope, { id: copy.id, year: input.year }, { ip });
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
