import "server-only";
import type { Actor, Scope } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canChecklist, type ChecklistAction } from "../policy";
import type { DraftRef } from "../schema";

/** What a checklist use case runs with: the caller's scope (its actor writes the audit row) and address. */
export type Ctx = { scope: Scope; ip: string | null };
export const templateTarget = (id: string) => ({ type: "checklist_template", id });

/** Whether the actor could change a draft at all (their role), whatever this one's state. */
const changesDrafts = (actor: Actor) => canChecklist(actor, "edit", { status: "DRAFT", usedAt: null });

/**
 * Claims a draft for one write. The UPDATE itself requires the draft to be still a draft, unused and at the
 * version the form was opened with, and bumps that version: a stale form, a draft published or discarded
 * meanwhile, or one an inspection has used all fail here (CONFLICT), and the row stays locked until the
 * transaction ends, so writes to one draft never interleave. Non-administrators are refused (FORBIDDEN).
 * Checklists are reference data that every scope reads (listChecklistTemplates), so the scope adds no
 * condition to the lookup; its actor is what the policy asks about.
 */
export async function claimDraft(
  tx: Tx,
  scope: Scope,
  ref: DraftRef,
  action: Exclude<ChecklistAction, "read" | "copy"> = "edit",
) {
  const { actor } = scope;
  const template = await tx.checklistTemplate.findUnique({
    where: { id: ref.templateId },
    select: { id: true, standard: true, version: true, status: true, usedAt: true, title: true, note: true },
  });
  if (!template) throw new AppError("NOT_FOUND");
  if (!changesDrafts(actor)) throw new AppError("FORBIDDEN");
  if (!canChecklist(actor, action, template)) throw new AppError("CONFLICT", "checklists.errors.readOnly");
  const { count } = await tx.checklistTemplate.updateMany({
    where: { id: template.id, status: "DRAFT", usedAt: null, lockVersion: ref.lockVersion },
    data: { lockVersion: { increment: 1 } },
  });
  if (count === 0) throw new AppError("CONFLICT", "checklists.errors.changed");
  return { ...template, lockVersion: ref.lockVersion + 1 };
}

/** Refuses agency kind codes that are not in the AgencyKind table. */
export async function assertKindCodes(tx: Tx, codes: string[]) {
  if (!codes.length) return;
  const known = await tx.agencyKind.count({ where: { code: { in: codes } } });
  if (known !== codes.length)
    throw new AppError("VALIDATION", "errors.VALIDATION", { kindCodes: ["errors.invalidChoice"] });
}

/** Refuses a code another item of the same template already has. */
export async function assertCodeFree(tx: Tx, templateId: string, code: string, exceptItemId?: string) {
  const taken = await tx.checklistItem.findFirst({
    where: { templateId, code, ...(exceptItemId ? { id: { not: exceptItemId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new AppError("VALIDATION", "errors.VALIDATION", { code: ["checklists.errors.codeTaken"] });
}
