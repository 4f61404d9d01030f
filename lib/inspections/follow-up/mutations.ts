import "server-only";
import { writeAudit } from "@/lib/audit";
import { todayInVietnam } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recipients, tellUsers } from "@/lib/notifications";
import { formatCalendarDate } from "@/lib/text/dates";
import { openForChange, type Ctx } from "../access/open-for-change";
import { carriedStatuses, defaultDueDate, type DecideFollowUpInput } from "../schema";

/**
 * The inspector (who may fill this inspection: the lead or an assigned member) closes a carried-over finding
 * here, or raises it again: the earlier finding becomes CLOSED (resolution CLOSED_AT_FOLLOW_UP) or OPEN with a
 * new due date (the one given, else two months after this inspection's record date, else after today). One
 * transaction: the follow-up's PENDING and the finding's "not closed" are conditions of the writes (a second
 * decision, or a finding DOST closed meanwhile → CONFLICT); the finding's thread, the audit log and the
 * unit's officers are told.
 */
export async function decideFollowUp(input: DecideFollowUpInput, { scope, ip }: Ctx) {
  return db.$transaction(async (tx) => {
    const { inspection } = await openForChange(tx, scope, input.inspectionId, "fill");
    const followUp = await tx.inspectionFollowUp.findFirst({
      where: { id: input.followUpId, inspectionId: inspection.id },
      select: { id: true, findingId: true, finding: { select: { number: true, dueDate: true } } },
    });
    if (!followUp) throw new AppError("NOT_FOUND");
    const now = new Date();
    const { count } = await tx.inspectionFollowUp.updateMany({
      where: { id: followUp.id, outcome: "PENDING" },
      data: { outcome: input.outcome, note: input.note, decidedById: scope.actor.id, decidedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", "inspections.followUp.alreadyDecided");
    const reraised = input.outcome === "RERAISED";
    if (reraised && input.dueDate && inspection.recordDate && input.dueDate < inspection.recordDate)
      throw new AppError("VALIDATION", "inspections.followUp.dueBeforeRecord", {
        dueDate: ["inspections.followUp.dueBeforeRecord"],
      });
    const dueDate = reraised ? (input.dueDate ?? defaultDueDate(inspection.recordDate ?? todayInVietnam(now))) : null;
    const { count: changed } = await tx.finding.updateMany({
      where: { id: followUp.findingId, status: { in: [...carriedStatuses] } },
      data: reraised
        ? { status: "OPEN", dueDate, resolution: null, closedAt: null, version: { increment: 1 } }
        : { status: "CLOSED", resolution: "CLOSED_AT_FOLLOW_UP", closedAt: now, version: { increment: 1 } },
    });
    if (changed === 0) throw new AppError("CONFLICT", "inspections.followUp.findingClosed");
    await tx.findingEvent.create({
      data: {
        findingId: followUp.findingId,
        action: reraised ? "follow_up_reraised" : "follow_up_closed",
        comment: input.note || null,
        data: { inspectionId: inspection.id, dueDate: dueDate ? formatCalendarDate(dueDate) : null },
        actorId: scope.actor.id,
      },
    });
    await writeAudit(tx, {
      type: "inspection.follow_up_decided",
      actorId: scope.actor.id,
      target: { type: "inspection", id: inspection.id },
      data: {
        findingId: followUp.findingId,
        outcome: input.outcome,
        dueDate: dueDate ? formatCalendarDate(dueDate) : null,
        note: input.note,
      },
      ip,
    });
    const to = await recipients(tx, { agencyIds: [inspection.agencyId] });
    await tellUsers(
      tx,
      to,
      {
        type: "inspection.follow_up_decided",
        key: reraised ? "inspections.notify.followUpReraised" : "inspections.notify.followUpClosed",
        params: {
          unit: inspection.agency.name,
          number: followUp.finding.number,
          due: dueDate ? formatCalendarDate(dueDate) : "",
        },
        link: `/phat-hien/${followUp.findingId}`,
      },
      scope.actor.id,
    );
    return { id: followUp.id, outcome: input.outcome, dueDate: dueDate ? formatCalendarDate(dueDate) : null };
  });
}
