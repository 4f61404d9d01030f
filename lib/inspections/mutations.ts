import "server-only";
import { writeAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { uniquely } from "@/lib/db/unique";
import { AppError, type ErrorMessage } from "@/lib/errors";
import { recipients, tellUsers, translated } from "@/lib/notifications";
import { formatCalendarDate } from "@/lib/text/dates";
import { openForChange, type Ctx, type OpenInspection } from "./access/open-for-change";
import { changesOf } from "./audit/changes";
import { advancePlan } from "./plan-progress/mutations";
import { defaultDueDate, hasDeadline, type ConclusionInput } from "./schema";

const link = (id: string) => `/kiem-tra/${id}`;

/**
 * The conclusion of the minutes (BBKT): record number, record date, the unit's representative, overall result,
 * strengths, shortcomings, recommendations. By the team lead, on the lockVersion the form was opened with. Setting
 * the record date gives every finding still without a due date the default one (two months later, TT26 Đ37). A
 * record number another record of the plan already has is refused as a field error (the partial unique index
 * inspection_plan_record_number_key decides, also between two saves at once) and nothing is saved.
 */
export async function saveConclusion(input: ConclusionInput, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const { inspection } = await openForChange(tx, scope, input.inspectionId, "conclude");
    if (input.recordDate && input.recordDate < inspection.plan.issuedOn) {
      throw new AppError("VALIDATION", "errors.VALIDATION", {
        recordDate: [
          {
            key: "inspections.errors.recordBeforePlan",
            params: { date: formatCalendarDate(inspection.plan.issuedOn) },
          },
        ],
      });
    }
    const { inspectionId, lockVersion, ...fields } = input;
    const before = await tx.inspection.findUniqueOrThrow({
      where: { id: inspectionId },
      select: {
        recordNumber: true,
        recordDate: true,
        representativeName: true,
        representativeTitle: true,
        overallResult: true,
        strengths: true,
        shortcomings: true,
        recommendations: true,
      },
    });
    const { count } = await uniquely(
      tx.inspection.updateMany({
        where: { id: inspectionId, lockVersion, status: { not: "SIGNED_OFF" } },
        data: { ...fields, lockVersion: { increment: 1 } },
      }),
      new AppError("VALIDATION", "errors.VALIDATION", {
        recordNumber: [{ key: "inspections.errors.recordNumberTaken", params: { number: input.recordNumber ?? "" } }],
      }),
    );
    if (count === 0) throw new AppError("CONFLICT", "inspections.errors.changed");
    const filled = input.recordDate
      ? (
          await tx.finding.updateMany({
            where: { inspectionId, dueDate: null, severity: { not: "RECOMMENDATION" } },
            data: { dueDate: defaultDueDate(input.recordDate), version: { increment: 1 } },
          })
        ).count
      : 0;
    const changed = Object.keys(changesOf(before, fields));
    await writeAudit(tx, {
      type: "inspection.concluded",
      actorId: scope.actor.id,
      target: { type: "inspection", id: inspectionId },
      data: { fields: changed, dueDatesFilled: filled },
      ip,
    });
    return { id: inspectionId, lockVersion: lockVersion + 1, dueDatesFilled: filled };
  });
}

/** What stands between an inspection and its sign-off, as messages for the reader (empty: ready). */
export async function signOffProblems(
  tx: Tx,
  inspection: { id: string; recordDate: Date | null; overallResult: string | null },
) {
  const [unassessed, findings, pendingFollowUps] = await Promise.all([
    tx.inspectionItem.count({ where: { inspectionId: inspection.id, result: null } }),
    tx.finding.findMany({
      where: { inspectionId: inspection.id },
      select: { number: true, severity: true, description: true, dueDate: true },
      orderBy: { number: "asc" },
    }),
    // A carried finding DOST closed meanwhile (its answer accepted) has nothing left to decide here.
    tx.inspectionFollowUp.count({
      where: { inspectionId: inspection.id, outcome: "PENDING", finding: { status: { not: "CLOSED" } } },
    }),
  ]);
  const problems: ErrorMessage[] = [];
  if (unassessed) problems.push({ key: "inspections.signOff.unassessed", params: { count: unassessed } });
  if (!inspection.recordDate) problems.push("inspections.signOff.noRecordDate");
  if (!inspection.overallResult) problems.push("inspections.signOff.noOverallResult");
  // A nonconformity must say what is wrong; a recommendation is advice and may be left as the item's note says.
  const undescribed = findings.filter((f) => hasDeadline(f.severity) && !f.description).map((f) => f.number);
  if (undescribed.length)
    problems.push({ key: "inspections.signOff.undescribed", params: { numbers: undescribed.join(", ") } });
  const early = inspection.recordDate
    ? findings.filter((f) => f.dueDate && f.dueDate < inspection.recordDate!).map((f) => f.number)
    : [];
  if (early.length)
    problems.push({ key: "inspections.signOff.dueBeforeRecord", params: { numbers: early.join(", ") } });
  // Every finding carried over from an earlier inspection is closed or raised again before the record is signed.
  if (pendingFollowUps)
    problems.push({ key: "inspections.signOff.pendingFollowUps", params: { count: pendingFollowUps } });
  return problems;
}

/**
 * Sign-off by the team lead locks the inspection. Refused, with the list of what is missing, while items are
 * unassessed or the record date / overall result are missing. The unit's officers are told (in-app and
 * e-mail); the last inspection of the plan signed off completes the plan, in the same transaction.
 */
export async function signOffInspection(input: { inspectionId: string; lockVersion: number }, ctx: Ctx) {
  const { scope, ip } = ctx;
  return db.$transaction(async (tx) => {
    const { inspection } = await openForChange(tx, scope, input.inspectionId, "signOff");
    const problems = await signOffProblems(tx, inspection);
    if (problems.length) throw new AppError("VALIDATION", "inspections.signOff.cannot", { _form: problems });
    const now = new Date();
    const { count } = await tx.inspection.updateMany({
      where: { id: inspection.id, lockVersion: input.lockVersion, status: "IN_PROGRESS" },
      data: { status: "SIGNED_OFF", signedOffAt: now, signedOffById: scope.actor.id, lockVersion: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "inspections.errors.changed");
    const findings = await tx.finding.count({ where: { inspectionId: inspection.id } });
    await tx.inspectionEvent.create({
      data: { inspectionId: inspection.id, action: "signed_off", actorId: scope.actor.id },
    });
    await writeAudit(tx, {
      type: "inspection.signed_off",
      actorId: scope.actor.id,
      target: { type: "inspection", id: inspection.id },
      data: { overallResult: inspection.overallResult!, findings },
      ip,
    });
    await tellUnit(tx, inspection, findings, scope.actor.id);
    const open = await tx.inspection.count({ where: { planId: inspection.planId, status: { not: "SIGNED_OFF" } } });
    const completed =
      open === 0 && (await advancePlan(tx, inspection.planId, "complete", { actorId: scope.actor.id, ip }));
    return { id: inspection.id, lockVersion: input.lockVersion + 1, planCompleted: completed };
  });
}

async function tellUnit(tx: Tx, inspection: OpenInspection, findings: number, actorId: string) {
  const params = {
    unit: inspection.agency.name,
    plan: `${inspection.plan.number} (${inspection.plan.year})`,
    kind: translated(`inspections.notify.kind.${inspection.kind}`),
    findings,
  };
  const to = await recipients(tx, { agencyIds: [inspection.agencyId] });
  await tellUsers(
    tx,
    to,
    { type: "inspection.signed_off", key: "inspections.notify.signedOff", params, link: link(inspection.id) },
    actorId,
  );
}

/**
 * Reopening a signed-off inspection: the team lead or a DOST administrator, with a reason (kept in the
 * inspection's thread and the audit log). A completed plan goes back to in progress.
 */
export async function reopenInspection(input: { inspectionId: string; reason: string }, ctx: Ctx) {
  const { scope, ip } = ctx;
  return db.$transaction(async (tx) => {
    const { inspection } = await openForChange(tx, scope, input.inspectionId, "reopen");
    const { count } = await tx.inspection.updateMany({
      where: { id: inspection.id, status: "SIGNED_OFF" },
      data: { status: "IN_PROGRESS", signedOffAt: null, signedOffById: null, lockVersion: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "inspections.errors.changed");
    await tx.inspectionEvent.create({
      data: { inspectionId: inspection.id, action: "reopened", comment: input.reason, actorId: scope.actor.id },
    });
    await writeAudit(tx, {
      type: "inspection.reopened",
      actorId: scope.actor.id,
      target: { type: "inspection", id: inspection.id },
      data: { reason: input.reason },
      ip,
    });
    const resumed = await advancePlan(tx, inspection.planId, "resume", {
      actorId: scope.actor.id,
      ip,
      comment: `${inspection.agency.name}: ${input.reason}`,
    });
    return { id: inspection.id, planResumed: resumed };
  });
}
