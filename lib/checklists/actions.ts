"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import {
  addItem,
  copyTemplate,
  discardTemplate,
  moveItem,
  publishTemplate,
  removeItem,
  updateItem,
  updateTemplate,
} from "./mutations";
import {
  addItemSchema,
  copyTemplateSchema,
  draftSchema,
  moveItemSchema,
  removeItemSchema,
  updateItemSchema,
  updateTemplateSchema,
} from "./schema";

// Every use case checks the actor's role and the draft's state inside its own transaction (claimDraft).
const refresh = (id?: string) => {
  revalidatePath("/bang-kiem");
  if (id) revalidatePath(`/bang-kiem/${id}`);
};

export const copyChecklistAction = createAction({
  schema: copyTemplateSchema,
  run: async (input, ctx) => {
    const r = await copyTemplate(input, ctx);
    refresh();
    return r;
  },
  success: (r) => ({ key: "checklists.done.copied", params: { version: r.version } }),
});
export const updateChecklistAction = createAction({
  schema: updateTemplateSchema,
  run: async (input, ctx) => {
    const r = await updateTemplate(input, ctx);
    refresh(input.templateId);
    return r;
  },
  success: "checklists.done.saved",
});
export const addChecklistItemAction = createAction({
  schema: addItemSchema,
  run: async (input, ctx) => {
    const r = await addItem(input, ctx);
    refresh(input.templateId);
    return r;
  },
  success: "checklists.done.itemAdded",
});
export const updateChecklistItemAction = createAction({
  schema: updateItemSchema,
  run: async (input, ctx) => {
    const r = await updateItem(input, ctx);
    refresh(input.templateId);
    return r;
  },
  success: "checklists.done.itemSaved",
});
// Removing, publishing and discarding take away the form that asked for them: the form navigates on
// success (to a page that says what happened) instead of this action re-rendering the page under it.
export const removeChecklistItemAction = createAction({
  schema: removeItemSchema,
  run: (input, ctx) => removeItem(input, ctx),
  success: "checklists.done.itemRemoved",
});
export const moveChecklistItemAction = createAction({
  schema: moveItemSchema,
  run: async (input, ctx) => {
    const r = await moveItem(input, ctx);
    refresh(input.templateId);
    return r;
  },
  success: "checklists.done.itemMoved",
});
export const publishChecklistAction = createAction({
  schema: draftSchema,
  run: (input, ctx) => publishTemplate(input, ctx),
  success: "checklists.done.published",
});
export const discardChecklistAction = createAction({
  schema: draftSchema,
  run: (input, ctx) => discardTemplate(input, ctx),
  success: "checklists.done.discarded",
});
