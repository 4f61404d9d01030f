import "server-only";
import { writeAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getStorage } from "@/lib/storage";
import { openForChange, type Ctx } from "../access/open-for-change";

/** The item must belong to the inspection; otherwise a validation error, never someone else's item. */
async function itemOf(tx: Tx, inspectionId: string, itemId: string) {
  const item = await tx.inspectionItem.findFirst({ where: { id: itemId, inspectionId }, select: { id: true } });
  if (!item)
    throw new AppError("VALIDATION", "inspections.errors.itemNotInChecklist", {
      itemId: ["inspections.errors.itemNotInChecklist"],
    });
  return item;
}

/** Links a version of a record the inspected unit uploaded as evidence for one item. */
export async function addRecordEvidence(
  input: { inspectionId: string; itemId: string; recordVersionId: string; caption: string },
  { scope, ip }: Ctx,
) {
  return db.$transaction(async (tx) => {
    const { inspection } = await openForChange(tx, scope, input.inspectionId, "fill");
    const item = await itemOf(tx, inspection.id, input.itemId);
    // Only the inspected unit's own records: a version of another unit's record is refused like a missing one.
    const version = await tx.recordVersion.findFirst({
      where: { id: input.recordVersionId, record: { agencyId: inspection.agencyId } },
      select: { id: true },
    });
    if (!version)
      throw new AppError("VALIDATION", "errors.VALIDATION", { recordVersionId: ["inspections.errors.recordNotFound"] });
    const evidence = await tx.inspectionEvidence.create({
      data: {
        inspectionId: inspection.id,
        itemId: item.id,
        kind: "RECORD",
        recordVersionId: version.id,
        caption: input.caption,
        createdById: scope.actor.id,
      },
    });
    await writeAudit(tx, {
      type: "inspection.evidence_added",
      actorId: scope.actor.id,
      target: { type: "inspection", id: inspection.id },
      data: { itemId: item.id, evidenceId: evidence.id, kind: "RECORD", recordVersionId: version.id },
      ip,
    });
    return { id: evidence.id };
  });
}

export type EvidenceFile = { key: string; name: string; size: number; contentType: string; sha256: string };

/**
 * An inspector's files or photos, already stored (see the upload route), recorded as evidence for one item in
 * one transaction: all of them or none. The caller removes the stored files when this throws.
 */
export async function addFileEvidence(
  input: { inspectionId: string; itemId: string; caption: string; files: EvidenceFile[] },
  { scope, ip }: Ctx,
) {
  return db.$transaction(async (tx) => {
    const { inspection } = await openForChange(tx, scope, input.inspectionId, "fill");
    const item = await itemOf(tx, inspection.id, input.itemId);
    const rows = [];
    for (const file of input.files) {
      const evidence = await tx.inspectionEvidence.create({
        data: {
          inspectionId: inspection.id,
          itemId: item.id,
          kind: "FILE",
          fileKey: file.key,
          fileName: file.name,
          fileSize: file.size,
          contentType: file.contentType,
          sha256: file.sha256,
          caption: input.caption,
          createdById: scope.actor.id,
        },
        select: { id: true, itemId: true, fileName: true, fileSize: true, contentType: true, caption: true },
      });
      await writeAudit(tx, {
        type: "inspection.evidence_added",
        actorId: scope.actor.id,
        target: { type: "inspection", id: inspection.id },
        data: { itemId: item.id, evidenceId: evidence.id, kind: "FILE", fileName: file.name },
        ip,
      });
      rows.push(evidence);
    }
    return rows;
  });
}

/** Removes one piece of evidence while the inspection is open; a stored file is deleted after the commit. */
export async function removeEvidence(input: { inspectionId: string; evidenceId: string }, { scope, ip }: Ctx) {
  const removed = await db.$transaction(async (tx) => {
    const { inspection } = await openForChange(tx, scope, input.inspectionId, "fill");
    const evidence = await tx.inspectionEvidence.findFirst({
      where: { id: input.evidenceId, inspectionId: inspection.id },
      select: { id: true, itemId: true, fileKey: true },
    });
    if (!evidence) throw new AppError("NOT_FOUND");
    await tx.inspectionEvidence.delete({ where: { id: evidence.id } });
    await writeAudit(tx, {
      type: "inspection.evidence_removed",
      actorId: scope.actor.id,
      target: { type: "inspection", id: inspection.id },
      data: { itemId: evidence.itemId, evidenceId: evidence.id },
      ip,
    });
    return evidence;
  });
  if (removed.fileKey) await getStorage().remove(removed.fileKey);
  return { id: removed.id };
}
