import "server-only";
import { writeAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ChecklistStandard, FindingSeverity } from "@/lib/generated/prisma/enums";
import { userNames } from "@/lib/users";
import { openForChange, type Ctx, type OpenInspection } from "../access/open-for-change";
import { defaultDueDateFor, findingSeverityOf, hasDeadline, raisesFinding, type SaveItemInput } from "../schema";
import { findingView, repeatOfSelect } from "../findings/view";
import { carryForward } from "../follow-up/carry";
import { findRepeatOf } from "../repeats/data";
import { advancePlan } from "../plan-progress/mutations";

/** The value another user saved meanwhile, sent back with a CONFLICT so the interface can show both. */
export type ItemConflict = {
  result: string | null;
  note: string;
  version: number;
  by: string | null;
  at: string | null;
};

/**
 * Autosave of one checklist item. The save names the version it started from and the UPDATE carries it;
 * the inspection row is locked first (so a sign-off cannot slip in between), so of two inspectors saving
 * the same item from the same version one wins and the other gets a CONFLICT carrying the current value
 * (never a silent overwrite).
 * In the same transaction: the item's finding follows its result, the first save starts the inspection,
 * and the first inspection started starts the plan.
 */
export async function saveInspectionItem(input: SaveItemInput, ctx: Ctx) {
  const { scope, ip } = ctx;
  return db.$transaction(async (tx) => {
    // The inspection row is locked and open (openForChange), so the version is the only condition left:
    // one statement saves the item and reads its checklist entry and current finding.
    const { inspection } = await openForChange(tx, scope, input.inspectionId, "fill");
    const now = new Date();
    const [item] = await tx.$queryRaw<SavedItem[]>`
      UPDATE inspection_item ii
         SET result = ${input.result}::"ItemResult", note = ${input.note}, version = ii.version + 1, "updatedById" = ${scope.actor.id}::uuid, "updatedAt" = ${now}
        FROM checklist_item c JOIN checklist_template t ON t.id = c."templateId"
       WHERE ii.id = ${input.itemId}::uuid AND ii."inspectionId" = ${inspection.id}::uuid AND ii.version = ${input.version} AND c.id = ii."checklistItemId"
      RETURNING ii.id, c.code, c.clause, t.standard::text AS standard,
                (SELECT json_build_object('id', f.id, 'severity', f.severity) FROM finding f WHERE f."itemId" = ii.id) AS finding`;
    if (!item) throw await unsavedItem(tx, inspection.id, input.itemId);
    const version = input.version + 1;
    const finding = await syncFinding(
      tx,
      inspection,
      { ...item, result: input.result, template: { standard: item.standard } },
      item.finding,
      ctx,
    );
    const started = inspection.status === "NOT_STARTED" ? await startInspection(tx, inspection, ctx) : false;
    await writeAudit(tx, {
      type: "inspection.item_saved",
      actorId: scope.actor.id,
      target: { type: "inspection", id: inspection.id },
      data: { itemId: item.id, code: item.code, result: input.result, version },
      ip,
    });
    return {
      itemId: item.id,
      version,
      result: input.result,
      note: input.note,
      savedAt: now.toISOString(),
      finding,
      started,
    };
  });
}

type SavedItem = {
  id: string;
  code: string;
  clause: string;
  standard: ChecklistStandard;
  finding: { id: string; severity: FindingSeverity } | null;
};

/** Why a save changed nothing: the item is not on this inspection's checklist, or someone saved it first. */
async function unsavedItem(tx: Tx, inspectionId: string, itemId: string) {
  const current = await tx.inspectionItem.findFirst({
    where: { id: itemId, inspectionId },
    select: { result: true, note: true, version: true, updatedById: true, updatedAt: true },
  });
  if (!current)
    return new AppError("VALIDATION", "inspections.errors.itemNotInChecklist", {
      itemId: ["inspections.errors.itemNotInChecklist"],
    });
  const names = await userNames([current.updatedById], tx);
  const conflict: ItemConflict = {
    result: current.result,
    note: current.note,
    version: current.version,
    by: current.updatedById ? (names.get(current.updatedById) ?? null) : null,
    at: current.updatedAt?.toISOString() ?? null,
  };
  return new AppError("CONFLICT", "inspections.errors.stale", undefined, { current: conflict });
}

/** NOT_STARTED → IN_PROGRESS on the first save; the plan follows (APPROVED → IN_PROGRESS). */
async function startInspection(tx: Tx, inspection: OpenInspection, { scope, ip }: Ctx) {
  const { count } = await tx.inspection.updateMany({
    where: { id: inspection.id, status: "NOT_STARTED" },
    data: { status: "IN_PROGRESS", startedAt: new Date() },
  });
  if (count === 0) return false;
  // Findings set to "check next time" after this plan's inspections were generated join them now.
  await carryForward(tx, inspection.planId, { inspectionId: inspection.id });
  await tx.inspectionEvent.create({
    data: { inspectionId: inspection.id, action: "started", actorId: scope.actor.id },
  });
  await writeAudit(tx, {
    type: "inspection.started",
    actorId: scope.actor.id,
    target: { type: "inspection", id: inspection.id },
    data: { planId: inspection.planId },
    ip,
  });
  await advancePlan(tx, inspection.planId, "start", { actorId: scope.actor.id, ip });
  return true;
}

/** Where a finding on this item stands in law: the Decision 19 / Circular 26 article, or the standard's clause. */
export function legalBasisFor(standard: ChecklistStandard, clause: string): string {
  if (standard === "QD19_2014") return clause;
  return `TCVN ISO 9001:${standard === "ISO_9001_2008" ? "2008" : "2015"}, điều ${clause}`;
}

/**
 * The item's finding follows its result: a nonconformity or recommendation creates it (or changes its
 * severity), any other result deletes it. Findings are numbered in checklist order.
 */
async function syncFinding(
  tx: Tx,
  inspection: OpenInspection,
  item: { id: string; result: string | null; code: string; clause: string; template: { standard: ChecklistStandard } },
  existing: { id: string; severity: FindingSeverity } | null,
  { scope, ip }: Ctx,
) {
  const audit = { actorId: scope.actor.id, ip };
  if (!raisesFinding(item.result)) {
    if (!existing) return null;
    await tx.finding.delete({ where: { id: existing.id } });
    await writeAudit(tx, {
      ...audit,
      type: "finding.deleted",
      target: { type: "finding", id: existing.id },
      data: { inspectionId: inspection.id, itemId: item.id },
    });
    await renumberFindings(tx, inspection.id);
    return null;
  }
  const severity = findingSeverityOf[item.result];
  // A nonconformity on a clause this unit already failed in an earlier year is a repeat ("lặp lại").
  const repeatOfId = hasDeadline(severity)
    ? await findRepeatOf(tx, {
        agencyId: inspection.agencyId,
        year: inspection.plan.year,
        standard: item.template.standard,
        clause: item.clause,
      })
    : null;
  if (!existing) {
    const created = await tx.finding.create({
      data: {
        inspectionId: inspection.id,
        itemId: item.id,
        agencyId: inspection.agencyId,
        number: 0,
        clause: item.clause,
        legalBasis: legalBasisFor(item.template.standard, item.clause),
        severity,
        dueDate: defaultDueDateFor(severity, inspection.recordDate),
        repeatOfId,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      ...audit,
      type: "finding.created",
      target: { type: "finding", id: created.id },
      data: { inspectionId: inspection.id, itemId: item.id, severity, repeatOfId },
    });
    await renumberFindings(tx, inspection.id);
  } else if (existing.severity !== severity) {
    // Between a nonconformity and a recommendation the deadline comes or goes with the severity.
    const dueDate =
      hasDeadline(severity) !== hasDeadline(existing.severity)
        ? { dueDate: defaultDueDateFor(severity, inspection.recordDate) }
        : {};
    await tx.finding.update({
      where: { id: existing.id },
      data: { severity, ...dueDate, repeatOfId, version: { increment: 1 } },
    });
    await writeAudit(tx, {
      ...audit,
      type: "finding.updated",
      target: { type: "finding", id: existing.id },
      data: { inspectionId: inspection.id, changes: { severity: { from: existing.severity, to: severity } } },
    });
  }
  return findingView(
    await tx.finding.findUniqueOrThrow({
      where: { itemId: item.id },
      select: {
        id: true,
        number: true,
        severity: true,
        version: true,
        description: true,
        requiredAction: true,
        legalBasis: true,
        dueDate: true,
        repeatOf: repeatOfSelect,
      },
    }),
  );
}

/** Finding numbers 1, 2, … in the order of their items in the checklist. */
async function renumberFindings(tx: Tx, inspectionId: string) {
  await tx.$executeRaw`
    UPDATE finding f SET number = r.n
      FROM (SELECT f2.id, row_number() OVER (ORDER BY i.position)::int AS n
              FROM finding f2 JOIN inspection_item i ON i.id = f2."itemId"
             WHERE f2."inspectionId" = ${inspectionId}::uuid) r
     WHERE f.id = r.id AND f.number <> r.n`;
}
