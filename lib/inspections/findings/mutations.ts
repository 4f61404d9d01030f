import "server-only";
import { writeAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatCalendarDate, todayInVietnam } from "@/lib/text/dates";
import { openForChange, type Ctx } from "../access/open-for-change";
import { changesOf } from "../audit/changes";
import { defaultDueDateFor, hasDeadline, type SaveFindingInput } from "../schema";

/** The earliest due date a finding may have: the record date, or before it is known the day the inspection started. */
export function dueDateFloor(inspection: {
  recordDate: Date | null;
  startedAt: Date | null;
}): { date: Date; key: string } | null {
  if (inspection.recordDate) return { date: inspection.recordDate, key: "inspections.errors.dueBeforeRecord" };
  if (inspection.startedAt)
    return { date: todayInVietnam(inspection.startedAt), key: "inspections.errors.dueBeforeStart" };
  return null;
}

/**
 * The finding form (description, required corrective action, legal basis, due date), versioned like the
 * items. An empty due date takes the default once the record date is known (TT26 Đ37: two months).
 */
export async function saveFinding(input: SaveFindingInput, ctx: Ctx) {
  const { scope, ip } = ctx;
  return db.$transaction(async (tx) => {
    // Read before the inspection is locked: every change of a finding moves its version, so the update below
    // (on this version) only succeeds if the row is still as read. Out of sight → NOT_FOUND from openForChange.
    const before = await tx.finding.findUnique({ where: { id: input.findingId } });
    if (!before) throw new AppError("NOT_FOUND");
    const { inspection } = await openForChange(tx, scope, before.inspectionId, "fill");
    // A recommendation has no deadline: whatever date came with it is not kept.
    const asked = hasDeadline(before.severity) ? input.dueDate : null;
    const floor = dueDateFloor(inspection);
    if (asked && floor && asked < floor.date) {
      throw new AppError("VALIDATION", "errors.VALIDATION", {
        dueDate: [{ key: floor.key, params: { date: formatCalendarDate(floor.date) } }],
      });
    }
    const dueDate = asked ?? defaultDueDateFor(before.severity, inspection.recordDate);
    const data = {
      description: input.description,
      requiredAction: input.requiredAction,
      legalBasis: input.legalBasis,
      dueDate,
    };
    const { count } = await tx.finding.updateMany({
      where: { id: before.id, version: input.version, inspection: { status: { not: "SIGNED_OFF" } } },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw await staleFinding(tx, before.id);
    const changes = changesOf(before, data);
    await writeAudit(tx, {
      type: "finding.updated",
      actorId: scope.actor.id,
      target: { type: "finding", id: before.id },
      data: { inspectionId: inspection.id, changes },
      ip,
    });
    return { id: before.id, version: input.version + 1, dueDate: dueDate ? formatCalendarDate(dueDate) : "" };
  });
}

async function staleFinding(tx: Tx, id: string) {
  const current = await tx.finding.findUniqueOrThrow({
    where: { id },
    select: {
      description: true,
      requiredAction: true,
      legalBasis: true,
      dueDate: true,
      version: true,
      inspection: { select: { status: true } },
    },
  });
  if (current.inspection.status === "SIGNED_OFF") return new AppError("CONFLICT", "inspections.errors.locked");
  const { inspection: _, dueDate, ...rest } = current;
  return new AppError("CONFLICT", "inspections.errors.staleFinding", undefined, {
    current: { ...rest, dueDate: formatCalendarDate(dueDate) },
  });
}
