import "server-only";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { uniquely } from "@/lib/db/unique";
import { AppError } from "@/lib/errors";
import { claimDraft, templateTarget, type Ctx } from "./drafts/mutations";
import { canChecklist } from "./policy";
import type { DraftRef, UpdateTemplateInput } from "./schema";

export { addItem, moveItem, removeItem, updateItem } from "./items/mutations";

/**
 * A new draft version of a standard from an existing (published or retired) version: the next version
 * number of that standard, the same items, `basedOnId` pointing back. One draft per standard at a time, so
 * two drafts never compete to become the published version; two copies racing for the same number meet
 * the unique (standard, version) index and the second is told a draft exists.
 */
export async function copyTemplate(input: { fromId: string }, ctx: Ctx) {
  return uniquely(copyTemplateTx(input, ctx), new AppError("CONFLICT", "checklists.errors.draftExists"));
}

function copyTemplateTx(input: { fromId: string }, { scope, ip }: Ctx) {
  const { actor } = scope;
  return db.$transaction(async (tx) => {
    const source = await tx.checklistTemplate.findUnique({
      where: { id: input.fromId },
      include: { items: { orderBy: { position: "asc" } } },
    });
    if (!source) throw new AppError("NOT_FOUND");
    if (!canChecklist(actor, "copy", { ...source, status: "PUBLISHED" })) throw new AppError("FORBIDDEN");
    if (!canChecklist(actor, "copy", source)) throw new AppError("CONFLICT", "checklists.errors.copyDraft");
    if (await tx.checklistTemplate.count({ where: { standard: source.standard, status: "DRAFT" } }))
      throw new AppError("CONFLICT", "checklists.errors.draftExists");
    const newest = await tx.checklistTemplate.aggregate({
      where: { standard: source.standard },
      _max: { version: true },
    });
    const version = (newest._max.version ?? 0) + 1;
    const copy = await tx.checklistTemplate.create({
      data: {
        standard: source.standard,
        version,
        title: source.title,
        note: source.note,
        status: "DRAFT",
        basedOnId: source.id,
        createdById: actor.id,
      },
    });
    await tx.checklistItem.createMany({
      data: source.items.map(({ id: _id, templateId: _templateId, ...item }) => ({ ...item, templateId: copy.id })),
    });
    await writeAudit(tx, {
      type: "checklist.copied",
      actorId: actor.id,
      target: templateTarget(copy.id),
      data: {
        fromId: source.id,
        fromVersion: source.version,
        standard: source.standard,
        version,
        items: source.items.length,
      },
      ip,
    });
    return { id: copy.id, version };
  });
}

/** A draft's title and note. */
export async function updateTemplate(input: UpdateTemplateInput, { scope, ip }: Ctx) {
  const { actor } = scope;
  return db.$transaction(async (tx) => {
    const draft = await claimDraft(tx, scope, input);
    await tx.checklistTemplate.update({
      where: { id: draft.id },
      data: { title: input.title, note: input.note || null },
    });
    const changes = Object.fromEntries(
      (["title", "note"] as const)
        .filter((k) => (draft[k] ?? "") !== input[k])
        .map((k) => [k, { from: draft[k] ?? "", to: input[k] }]),
    );
    await writeAudit(tx, {
      type: "checklist.updated",
      actorId: actor.id,
      target: templateTarget(draft.id),
      data: { changes },
      ip,
    });
    return { id: draft.id, lockVersion: draft.lockVersion };
  });
}

/**
 * Publishes a draft: from now on new inspections compose their checklists from it, and the version of the
 * same standard published until now is retired (inspections that used it keep it). The standard's rows are
 * locked first, so two drafts published at once cannot both stay published.
 */
export async function publishTemplate(input: DraftRef, { scope, ip }: Ctx) {
  const { actor } = scope;
  return db.$transaction(async (tx) => {
    const draft = await claimDraft(tx, scope, input, "publish");
    await tx.$queryRaw`SELECT id FROM checklist_template WHERE standard = ${draft.standard}::"ChecklistStandard" FOR UPDATE`;
    if (!(await tx.checklistItem.count({ where: { templateId: draft.id } })))
      throw new AppError("VALIDATION", "checklists.errors.empty");
    const retired = await tx.checklistTemplate.findMany({
      where: { standard: draft.standard, status: "PUBLISHED" },
      select: { id: true, version: true },
    });
    await tx.checklistTemplate.updateMany({
      where: { id: { in: retired.map((r) => r.id) }, status: "PUBLISHED" },
      data: { status: "RETIRED", lockVersion: { increment: 1 } },
    });
    await tx.checklistTemplate.update({
      where: { id: draft.id },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });
    await writeAudit(tx, {
      type: "checklist.published",
      actorId: actor.id,
      target: templateTarget(draft.id),
      data: { standard: draft.standard, version: draft.version, retired: retired.map((r) => r.version) },
      ip,
    });
    for (const r of retired) {
      await writeAudit(tx, {
        type: "checklist.retired",
        actorId: actor.id,
        target: templateTarget(r.id),
        data: { standard: draft.standard, version: r.version, by: draft.version },
        ip,
      });
    }
    return { id: draft.id, retired: retired.map((r) => r.id) };
  });
}

/** Deletes a draft and its items (nothing refers to an unused draft). */
export async function discardTemplate(input: DraftRef, { scope, ip }: Ctx) {
  const { actor } = scope;
  return db.$transaction(async (tx) => {
    const draft = await claimDraft(tx, scope, input, "discard");
    await tx.checklistTemplate.delete({ where: { id: draft.id } });
    await writeAudit(tx, {
      type: "checklist.discarded",
      actorId: actor.id,
      target: templateTarget(draft.id),
      data: { standard: draft.standard, version: draft.version },
      ip,
    });
    return { id: draft.id, standard: draft.standard };
  });
}
