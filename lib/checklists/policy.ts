import type { Actor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/roles";
import type { TemplateStatus } from "@/lib/generated/prisma/enums";

export type ChecklistAction = "read" | "copy" | "edit" | "publish" | "discard";
export type TemplateState = { status: TemplateStatus; usedAt: Date | null };

/**
 * Checklists are reference data: every signed-in role reads them. Only DOST administrators change them,
 * and only through versions: a published or retired version is copied into a new draft (a draft is still
 * moving, so it is not copied), and only a draft no inspection has used may be edited, published or
 * discarded. A used version never changes (the database refuses it too).
 */
export function canChecklist(actor: Pick<Actor, "role">, action: ChecklistAction, template?: TemplateState): boolean {
  if (action === "read") return true;
  if (!isAdmin(actor) || !template) return false;
  if (action === "copy") return template.status !== "DRAFT";
  return isEditableTemplate(template);
}

export const isEditableTemplate = (template: TemplateState) => template.status === "DRAFT" && template.usedAt === null;

/** Why a version is read-only, for the note on its page; null when it is an editable draft. */
export function readOnlyReason(template: TemplateState): "used" | "published" | "retired" | null {
  if (template.usedAt) return "used";
  if (template.status === "PUBLISHED") return "published";
  if (template.status === "RETIRED") return "retired";
  return null;
}
