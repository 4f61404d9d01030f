import "server-only";
import { writeAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { carryOverInspections, generateInspections, recordTransition } from "@/lib/inspections";
import { getStorage } from "@/lib/storage";
import { formatCalendarDate } from "@/lib/text/dates";
import { visiblePlan, type Ctx } from "../access/open-for-change";
import { submissionProblems } from "./rules";
import { transitions } from "./state";

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
export async function transitionPlan(input: TransitionInput, { scope, ip }: Ctx) {
  const t = transitions[input.action];
  return db.$transaction(async (tx) => {
    const plan = await tx.inspectionPlan.findFirst({
      where: visiblePlan(scope, { id: input.id }),
      include: { targets: { include: { agency: { select: { isoRequirement: true, kind: true } } } }, milestones: true },
    });
    if (!plan) throw new AppError("NOT_FOUND");
    if (!t.roles.includes(scope.actor.role)) throw new AppError("FORBIDDEN");
    if (!t.from.includes(plan.status)) throw new AppError("CONFLICT", "plans.errors.changed");
    if (input.action === "submit") {
      const problems = submissionProblems(plan);
      // The message says why in general; the list, with its numbers, says what to fix.
      if (problems.length)
        throw new AppError("VALIDATION", "plans.workflow.cannotSubmit", {
          _form: problems.map((p) => ({ key: p.key, params: p.params ?? {} })),
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
              approvedById: scope.actor.id,
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
      { actorId: scope.actor.id, ip },
    );
    if (input.action === "approve") await prepareInspections(tx, plan, { scope, ip });
    return { id: plan.id, status: to };
  });
}

/**
 * The approved plan's inspections, in the approval's transaction: an amendment first takes over the
 * inspections of the version it replaces, then every target gets what it still lacks.
 */
async function prepareInspections(tx: Tx, plan: { id: string; previousId: string | null }, { scope, ip }: Ctx) {
  const moved = plan.previousId
    ? await carryOverInspections(tx, plan.previousId, plan.id)
    : { carried: 0, removed: 0, kept: 0 };
  const created = await generateInspections(tx, plan.id);
  await writeAudit(tx, {
    type: "inspection.generated",
    actorId: scope.actor.id,
    target: { type: "plan", id: plan.id },
    data: { created: created.inspections, items: created.items, ...moved },
    ip,
  });
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
