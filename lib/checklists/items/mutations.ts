import "server-only";
import { writeAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { uniquely } from "@/lib/db/unique";
import { AppError } from "@/lib/errors";
import { assertCodeFree, assertKindCodes, claimDraft, templateTarget, type Ctx } from "../drafts/mutations";
import type { AddItemInput, ItemFields, MoveItemInput, RemoveItemInput, UpdateItemInput } from "../schema";

const codeTaken = () => new AppError("VALIDATION", "errors.VALIDATION", { code: ["checklists.errors.codeTaken"] });
const fieldNames = [
  "code",
  "clause",
  "clauseGroup",
  "titleVi",
  "titleEn",
  "guidanceVi",
  "guidanceEn",
  "weight",
  "kindCodes",
  "standardVersions",
] as const;
const itemData = (input: ItemFields) => Object.fromEntries(fieldNames.map((k) => [k, input[k]])) as ItemFields;

/** Adds an item at the end of a draft. */
export async function addItem(input: AddItemInput, ctx: Ctx) {
  return uniquely(
    db.$transaction(async (tx) => {
      const draft = await claimDraft(tx, ctx.scope, input);
      await assertKindCodes(tx, input.kindCodes);
      await assertCodeFree(tx, draft.id, input.code);
      const last = await tx.checklistItem.aggregate({ where: { templateId: draft.id }, _max: { position: true } });
      const item = await tx.checklistItem.create({
        data: { ...itemData(input), templateId: draft.id, position: (last._max.position ?? 0) + 1 },
      });
      await writeAudit(tx, {
        type: "checklist.item_added",
        actorId: ctx.scope.actor.id,
        target: templateTarget(draft.id),
        data: { itemId: item.id, code: item.code },
        ip: ctx.ip,
      });
      return { id: item.id, lockVersion: draft.lockVersion };
    }),
    codeTaken(),
  );
}

async function itemOf(tx: Tx, templateId: string, itemId: string) {
  const item = await tx.checklistItem.findFirst({ where: { id: itemId, templateId } });
  if (!item) throw new AppError("NOT_FOUND");
  return item;
}

/** Changes an item of a draft; the audit row keeps what changed. */
export async function updateItem(input: UpdateItemInput, ctx: Ctx) {
  return uniquely(
    db.$transaction(async (tx) => {
      const draft = await claimDraft(tx, ctx.scope, input);
      const item = await itemOf(tx, draft.id, input.itemId);
      await assertKindCodes(tx, input.kindCodes);
      await assertCodeFree(tx, draft.id, input.code, item.id);
      const next = itemData(input);
      const changes = Object.fromEntries(
        fieldNames
          .filter((k) => JSON.stringify(item[k]) !== JSON.stringify(next[k]))
          .map((k) => [k, { from: item[k], to: next[k] }]),
      );
      await tx.checklistItem.update({ where: { id: item.id }, data: next });
      await writeAudit(tx, {
        type: "checklist.item_updated",
        actorId: ctx.scope.actor.id,
        target: templateTarget(draft.id),
        data: { itemId: item.id, code: next.code, changes },
        ip: ctx.ip,
      });
      return { id: item.id, lockVersion: draft.lockVersion };
    }),
    codeTaken(),
  );
}

/** Removes an item of a draft; the items after it move up one place. */
export async function removeItem(input: RemoveItemInput, ctx: Ctx) {
  return db.$transaction(async (tx) => {
    const draft = await claimDraft(tx, ctx.scope, input);
    const item = await itemOf(tx, draft.id, input.itemId);
    await tx.checklistItem.delete({ where: { id: item.id } });
    await tx.checklistItem.updateMany({
      where: { templateId: draft.id, position: { gt: item.position } },
      data: { position: { decrement: 1 } },
    });
    await writeAudit(tx, {
      type: "checklist.item_removed",
      actorId: ctx.scope.actor.id,
      target: templateTarget(draft.id),
      data: { itemId: item.id, code: item.code },
      ip: ctx.ip,
    });
    return { id: item.id, lockVersion: draft.lockVersion };
  });
}

/** Swaps an item with its neighbour above or below. */
export async function moveItem(input: MoveItemInput, ctx: Ctx) {
  return db.$transaction(async (tx) => {
    const draft = await claimDraft(tx, ctx.scope, input);
    const item = await itemOf(tx, draft.id, input.itemId);
    const neighbour = await tx.checklistItem.findFirst({
      where: {
        templateId: draft.id,
        position: input.direction === "up" ? { lt: item.position } : { gt: item.position },
      },
      orderBy: { position: input.direction === "up" ? "desc" : "asc" },
    });
    if (!neighbour) throw new AppError("VALIDATION", "checklists.errors.cannotMove");
    await tx.checklistItem.update({ where: { id: item.id }, data: { position: neighbour.position } });
    await tx.checklistItem.update({ where: { id: neighbour.id }, data: { position: item.position } });
    await writeAudit(tx, {
      type: "checklist.item_moved",
      actorId: ctx.scope.actor.id,
      target: templateTarget(draft.id),
      data: { itemId: item.id, code: item.code, from: item.position, to: neighbour.position },
      ip: ctx.ip,
    });
    return { id: item.id, lockVersion: draft.lockVersion };
  });
}
