"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { assignInspection, assignInspections } from "./assignment/mutations";
import { addRecordEvidence, removeEvidence } from "./evidence/mutations";
import { saveFinding } from "./findings/mutations";
import { saveInspectionItem } from "./checklist/mutations";
import { decideFollowUp } from "./follow-up/mutations";
import { reopenInspection, saveConclusion, signOffInspection } from "./mutations";
import {
  assignSchema,
  bulkAssignSchema,
  conclusionSchema,
  decideFollowUpSchema,
  recordEvidenceSchema,
  removeEvidenceSchema,
  reopenSchema,
  saveFindingSchema,
  saveItemSchema,
  signOffSchema,
} from "./schema";

const refresh = (id: string) => {
  revalidatePath("/kiem-tra");
  revalidatePath(`/kiem-tra/${id}`, "layout");
};

/** Autosave of one item: no page revalidation (the checklist keeps its own state; the list refreshes on visit). */
export const saveInspectionItemAction = createAction({
  schema: saveItemSchema,
  run: (input, ctx) => saveInspectionItem(input, ctx),
});
export const saveFindingAction = createAction({
  schema: saveFindingSchema,
  run: (input, ctx) => saveFinding(input, ctx),
  success: "inspections.finding.saved",
});
export const saveConclusionAction = createAction({
  schema: conclusionSchema,
  run: async (input, ctx) => {
    const r = await saveConclusion(input, ctx);
    refresh(input.inspectionId);
    return r;
  },
  success: "inspections.conclusion.saved",
});
export const signOffInspectionAction = createAction({
  schema: signOffSchema,
  run: async (input, ctx) => {
    const r = await signOffInspection(input, ctx);
    refresh(input.inspectionId);
    revalidatePath("/ke-hoach", "layout");
    return r;
  },
  success: "inspections.signOff.done",
});
export const reopenInspectionAction = createAction({
  schema: reopenSchema,
  run: async (input, ctx) => {
    const r = await reopenInspection(input, ctx);
    refresh(input.inspectionId);
    revalidatePath("/ke-hoach", "layout");
    return r;
  },
  success: "inspections.reopen.done",
});
export const assignInspectionAction = createAction({
  schema: assignSchema,
  run: async (input, ctx) => {
    const r = await assignInspection(input, ctx);
    refresh(input.inspectionId);
    return r;
  },
  success: "inspections.assign.saved",
});
export const assignInspectionsAction = createAction({
  schema: bulkAssignSchema,
  run: async (input, ctx) => {
    const r = await assignInspections(input, ctx);
    revalidatePath(`/ke-hoach/${input.planId}/kiem-tra`);
    revalidatePath("/kiem-tra");
    return r;
  },
  success: (r) => ({ key: "inspections.assign.bulkSaved", params: { inspections: r.inspections, added: r.added } }),
});
export const addRecordEvidenceAction = createAction({
  schema: recordEvidenceSchema,
  run: async (input, ctx) => {
    const r = await addRecordEvidence(input, ctx);
    refresh(input.inspectionId);
    return r;
  },
  success: "inspections.evidence.added",
});
export const removeEvidenceAction = createAction({
  schema: removeEvidenceSchema,
  run: async (input, ctx) => {
    const r = await removeEvidence(input, ctx);
    refresh(input.inspectionId);
    return r;
  },
  success: "inspections.evidence.removed",
});

/** Closing or re-raising a finding carried over from the unit's earlier inspection. */
export const decideFollowUpAction = createAction({
  schema: decideFollowUpSchema,
  run: async (input, ctx) => {
    const r = await decideFollowUp(input, ctx);
    refresh(input.inspectionId);
    return r;
  },
  success: "inspections.followUp.saved",
});
