"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createPlan, setTarget, updatePlan } from "./mutations";
import { acceptAllProposals, decideProposal, proposeOnSiteList } from "./proposal/mutations";
import {
  approvePlanSchema,
  cancelPlanSchema,
  copyPlanSchema,
  createPlanSchema,
  decideProposalSchema,
  memberSchema,
  planIdSchema,
  proposeOnSiteSchema,
  removeMemberSchema,
  removeVisitSchema,
  returnPlanSchema,
  setTargetSchema,
  submitPlanSchema,
  updatePlanSchema,
  visitSchema,
} from "./schema";
import { removeVisit, saveVisit } from "./schedule/mutations";
import { addMember, removeMember } from "./team/mutations";
import { amendPlan, copyPlan } from "./versions/mutations";
import { approvePlan, transitionPlan } from "./workflow/mutations";

const refresh = (id?: string) => {
  revalidatePath("/ke-hoach");
  if (id) revalidatePath(`/ke-hoach/${id}`, "layout");
};

export const createPlanAction = createAction({
  schema: createPlanSchema,
  run: async (input, ctx) => {
    const r = await createPlan(input, ctx);
    refresh();
    return r;
  },
  success: "plans.created",
});
export const updatePlanAction = createAction({
  schema: updatePlanSchema,
  run: async (input, ctx) => {
    const r = await updatePlan(input, ctx);
    refresh(input.id);
    return r;
  },
  success: "plans.saved",
});
export const setTargetAction = createAction({
  schema: setTargetSchema,
  run: async (input, ctx) => {
    const r = await setTarget(input, ctx);
    refresh(input.planId);
    return r;
  },
  success: "plans.scope.saved",
});
export const submitPlanAction = createAction({
  schema: submitPlanSchema,
  run: async (input, ctx) => {
    const r = await transitionPlan({ action: "submit", ...input }, ctx);
    refresh(input.id);
    return r;
  },
  success: "plans.done.submit",
});
export const returnPlanAction = createAction({
  schema: returnPlanSchema,
  run: async (input, ctx) => {
    const r = await transitionPlan({ action: "return", ...input }, ctx);
    refresh(input.id);
    return r;
  },
  success: "plans.done.return",
});
export const approvePlanAction = createAction({
  schema: approvePlanSchema,
  run: async (input, ctx) => {
    const r = await approvePlan({ ...input, approvalDate: input.approvalDate! }, ctx);
    refresh(input.id);
    return r;
  },
  success: "plans.done.approve",
});
export const cancelPlanAction = createAction({
  schema: cancelPlanSchema,
  run: async (input, ctx) => {
    const r = await transitionPlan({ action: "cancel", ...input }, ctx);
    refresh(input.id);
    return r;
  },
  success: "plans.done.cancel",
});
export const amendPlanAction = createAction({
  schema: planIdSchema,
  run: async (input, ctx) => {
    const r = await amendPlan(input, ctx);
    refresh(input.id);
    return r;
  },
  success: "plans.done.amend",
});
export const copyPlanAction = createAction({
  schema: copyPlanSchema,
  run: async (input, ctx) => {
    const r = await copyPlan(input, ctx);
    refresh();
    return r;
  },
  success: "plans.done.copy",
});
export const addMemberAction = createAction({
  schema: memberSchema,
  run: async (input, ctx) => {
    const r = await addMember(input, ctx);
    refresh(input.planId);
    return r;
  },
  success: "plans.team.added",
});
export const removeMemberAction = createAction({
  schema: removeMemberSchema,
  run: async (input, ctx) => {
    const r = await removeMember(input, ctx);
    refresh(input.planId);
    return r;
  },
  success: "plans.team.removed",
});
export const saveVisitAction = createAction({
  schema: visitSchema,
  run: async (input, ctx) => {
    const r = await saveVisit(input, ctx);
    refresh(input.planId);
    return r;
  },
  success: "plans.schedule.saved",
});
export const removeVisitAction = createAction({
  schema: removeVisitSchema,
  run: async (input, ctx) => {
    const r = await removeVisit(input, ctx);
    refresh(input.planId);
    return r;
  },
  success: "plans.schedule.removed",
});

/** "Đề xuất danh sách tại trụ sở": the risk-based proposal made again on a draft. */
export const proposeOnSiteAction = createAction({
  schema: proposeOnSiteSchema,
  run: async (input, ctx) => {
    const r = await proposeOnSiteList(input, ctx);
    refresh(input.planId);
    return r;
  },
  success: "plans.proposal.made",
});
export const decideProposalAction = createAction({
  schema: decideProposalSchema,
  run: async (input, ctx) => {
    const r = await decideProposal(input, ctx);
    refresh(input.planId);
    return r;
  },
  success: "plans.proposal.decided",
});
export const acceptAllProposalsAction = createAction({
  schema: proposeOnSiteSchema,
  run: async (input, ctx) => {
    const r = await acceptAllProposals(input, ctx);
    refresh(input.planId);
    return r;
  },
  success: "plans.proposal.acceptedAll",
});
