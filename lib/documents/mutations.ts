import "server-only";
import { writeAudit } from "@/lib/audit";
import { agencyIdFilter, type Actor, type Scope } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recipients, tellUsers } from "@/lib/notifications";
import { visibleRecords } from "./data";
import { addVersionRefusal, canRecord, isReviewer, recordPlanVisibility } from "./policy";
import type { RecordFields, ReviewInput, VersionFields } from "./schema";

/** What every use case here is given: the caller's scope (its actor is who acts) and address for the audit row. */
export type Ctx = { scope: Scope; ip: string | null };

/** A file already received into storage (see lib/uploads): what its row keeps. */
export type UploadedFile = { name: string; contentType: string; key: string; size: number; sha256: string };

export const recordLink = (id: string) => `/ho-so/${id}`;
const invalid = (field: string, key: string) => new AppError("VALIDATION", "errors.VALIDATION", { [field]: [key] });

function versionData(fields: VersionFields, files: UploadedFile[], actor: Actor, number: number) {
  return {
    number,
    periodFrom: fields.periodFrom,
    periodTo: fields.periodTo,
    effectiveDate: fields.effectiveDate,
    note: fields.note,
    uploadedById: actor.id,
    files: {
      create: files.map((f) => ({
        storageKey: f.key,
        fileName: f.name,
        contentType: f.contentType,
        size: BigInt(f.size),
        sha256: f.sha256,
        uploadedById: actor.id,
      })),
    },
  };
}

/** DOST reviewers hear of every submission (in the app and by e-mail, through the outbox). */
export async function tellReviewers(
  tx: Tx,
  record: { id: string; title: string },
  unitName: string,
  version: number,
  actorId: string,
) {
  const to = await recipients(tx, { roles: ["DOST_ADMIN", "DOST_INSPECTOR"] });
  const params = { unit: unitName, title: record.title, version };
  await tellUsers(
    tx,
    to,
    { type: "record.submitted", key: "documents.notify.submitted", params, link: recordLink(record.id) },
    actorId,
  );
}

/** A plan an officer's record may name: one the upload form offers (recordPlanVisibility: approved or later, their unit in its dossier scope). */
async function assertPlanVisible(tx: Tx, scope: Scope, planId: string | null) {
  if (!planId) return;
  const plan = await tx.inspectionPlan.findFirst({
    where: { AND: [recordPlanVisibility(scope.actor), { id: planId }] },
    select: { id: true },
  });
  if (!plan) throw invalid("planId", "documents.errors.plan");
}

/** A new record of the officer's own unit with its first version and files, in one transaction. */
export async function createRecord(fields: RecordFields, files: UploadedFile[], { scope, ip }: Ctx) {
  const { actor } = scope;
  if (!canRecord(actor, "upload")) throw new AppError("FORBIDDEN", "documents.errors.ownUnitOnly");
  if (!files.length) throw invalid("files", "documents.errors.noFiles");
  return db.$transaction(async (tx) => {
    await assertPlanVisible(tx, scope, fields.planId);
    // The officer's own unit, read through the scope: a unit outside it is not found.
    const unit = await tx.agency.findFirst({
      where: { AND: [{ id: actor.agencyId! }, { id: agencyIdFilter(scope) }] },
      select: { id: true, name: true },
    });
    if (!unit) throw new AppError("NOT_FOUND");
    const record = await tx.qmsRecord.create({
      data: {
        agencyId: unit.id,
        category: fields.category,
        title: fields.title,
        planId: fields.planId,
        createdById: actor.id,
        versions: { create: versionData(fields, files, actor, 1) },
      },
      include: { versions: { select: { id: true } } },
    });
    const versionId = record.versions[0]!.id;
    await tx.recordEvent.create({
      data: { recordId: record.id, versionId, action: "submitted", comment: fields.note || null, actorId: actor.id },
    });
    await writeAudit(tx, {
      type: "record.created",
      actorId: actor.id,
      target: { type: "record", id: record.id },
      data: {
        agencyId: unit.id,
        category: fields.category,
        title: fields.title,
        planId: fields.planId,
        files: files.length,
      },
      ip,
    });
    await tellReviewers(tx, record, unit.name, 1, actor.id);
    return { id: record.id, versionId, version: 1 };
  });
}

/**
 * The next version of a record: the earlier ones and their files stay. The version number is claimed in
 * the UPDATE (latestVersion as read), so two uploads at once cannot both become version n + 1.
 */
export async function addVersion(recordId: string, fields: VersionFields, files: UploadedFile[], { scope, ip }: Ctx) {
  const { actor } = scope;
  if (!files.length) throw invalid("files", "documents.errors.noFiles");
  return db.$transaction(async (tx) => {
    const record = await tx.qmsRecord.findFirst({
      where: visibleRecords(scope, { id: recordId }),
      include: { agency: { select: { name: true } } },
    });
    if (!record) throw new AppError("NOT_FOUND");
    if (!canRecord(actor, "addVersion", record)) throw new AppError("FORBIDDEN", addVersionRefusal(record));
    const number = record.latestVersion + 1;
    const { count } = await tx.qmsRecord.updateMany({
      where: { id: record.id, latestVersion: record.latestVersion },
      data: { latestVersion: number, status: "SUBMITTED" },
    });
    if (count === 0) throw new AppError("CONFLICT", "documents.errors.changed");
    const version = await tx.recordVersion.create({
      data: { recordId: record.id, ...versionData(fields, files, actor, number) },
      select: { id: true },
    });
    await tx.recordEvent.create({
      data: {
        recordId: record.id,
        versionId: version.id,
        action: "submitted",
        comment: fields.note || null,
        actorId: actor.id,
      },
    });
    await writeAudit(tx, {
      type: "record.version_added",
      actorId: actor.id,
      target: { type: "record", id: record.id },
      data: { version: number, files: files.length },
      ip,
    });
    await tellReviewers(tx, record, record.agency.name, number, actor.id);
    return { id: record.id, versionId: version.id, version: number };
  });
}

/**
 * DOST accepts a version or asks for a revision. Only the latest version is reviewed, once: the state is
 * part of the UPDATE (SUBMITTED), so a second review — or two reviewers at once — is told it was already
 * reviewed. The unit's officers are told the outcome and the comment.
 */
export async function reviewVersion(input: ReviewInput, { scope, ip }: Ctx) {
  const { actor } = scope;
  return db.$transaction(async (tx) => {
    const version = await tx.recordVersion.findFirst({
      where: { id: input.versionId, record: visibleRecords(scope) },
      include: { record: { include: { agency: { select: { name: true } } } } },
    });
    if (!version) throw new AppError("NOT_FOUND");
    if (!isReviewer(actor)) throw new AppError("FORBIDDEN");
    const { record } = version;
    const status = input.decision === "accept" ? "ACCEPTED" : "REVISION_REQUESTED";
    const comment = input.comment || null;
    const now = new Date();
    const reviewed = await tx.recordVersion.updateMany({
      where: { id: version.id, status: "SUBMITTED" },
      data: { status, reviewedById: actor.id, reviewedAt: now, reviewComment: comment },
    });
    if (reviewed.count === 0) throw new AppError("CONFLICT", "documents.errors.alreadyReviewed");
    // A newer version arrived meanwhile: that one is what DOST reviews now.
    const current = await tx.qmsRecord.updateMany({
      where: { id: record.id, latestVersion: version.number },
      data: { status },
    });
    if (current.count === 0) throw new AppError("CONFLICT", "documents.errors.superseded");
    await tx.recordEvent.create({
      data: {
        recordId: record.id,
        versionId: version.id,
        action: input.decision === "accept" ? "accepted" : "revision_requested",
        comment,
        actorId: actor.id,
        at: now,
      },
    });
    await writeAudit(tx, {
      type: "record.reviewed",
      actorId: actor.id,
      target: { type: "record", id: record.id },
      data: { version: version.number, decision: input.decision, comment },
      ip,
    });
    const officers = await recipients(tx, { agencyIds: [record.agencyId] });
    const params = { title: record.title, version: version.number, comment: comment ?? "" };
    await tellUsers(
      tx,
      officers,
      {
        type: `record.${input.decision}`,
        key: `documents.notify.${input.decision}`,
        params,
        link: recordLink(record.id),
      },
      actor.id,
    );
    return { id: record.id, status };
  });
}
