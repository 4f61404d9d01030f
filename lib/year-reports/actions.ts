"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import {
  correctYearReport,
  createYearReport,
  refreshYearReportFigures,
  saveNarrative,
  transitionYearReport,
} from "./mutations";
import { approveSchema, createYearReportSchema, reportIdSchema, returnSchema, saveNarrativeFormSchema } from "./schema";

const refresh = (id?: string) => {
  revalidatePath("/bao-cao");
  if (id) revalidatePath(`/bao-cao/${id}`);
};

export const createYearReportAction = createAction({
  schema: createYearReportSchema,
  run: async (input, ctx) => {
    const r = await createYearReport(input, ctx);
    refresh();
    return r;
  },
  success: "yearReports.success.created",
});

export const saveNarrativeAction = createAction({
  schema: saveNarrativeFormSchema,
  run: async (input, ctx) => {
    const r = await saveNarrative(input, ctx);
    refresh(input.id);
    return r;
  },
  success: "yearReports.success.saved",
});

const step = <A extends "submit" | "send" | "acknowledge">(action: A) =>
  createAction({
    schema: reportIdSchema,
    run: async (input, ctx) => {
      const r = await transitionYearReport({ action, id: input.id }, ctx);
      refresh(input.id);
      return r;
    },
    success: "yearReports.success.done",
  });

export const submitYearReportAction = step("submit");
export const sendYearReportAction = step("send");
export const acknowledgeYearReportAction = step("acknowledge");

export const approveYearReportAction = createAction({
  schema: approveSchema,
  run: async (input, ctx) => {
    const r = await transitionYearReport({ action: "approve", ...input }, ctx);
    refresh(input.id);
    return r;
  },
  success: "yearReports.success.done",
});

export const approveForMinistryAction = createAction({
  schema: approveSchema,
  run: async (input, ctx) => {
    const r = await transitionYearReport({ action: "approveForMinistry", ...input }, ctx);
    refresh(input.id);
    return r;
  },
  success: "yearReports.success.done",
});

export const returnYearReportAction = createAction({
  schema: returnSchema,
  run: async (input, ctx) => {
    const r = await transitionYearReport({ action: "return", ...input }, ctx);
    refresh(input.id);
    return r;
  },
  success: "yearReports.success.done",
});

export const returnByCommitteeAction = createAction({
  schema: returnSchema,
  run: async (input, ctx) => {
    const r = await transitionYearReport({ action: "returnByCommittee", ...input }, ctx);
    refresh(input.id);
    return r;
  },
  success: "yearReports.success.done",
});

export const correctYearReportAction = createAction({
  schema: reportIdSchema,
  run: async (input, ctx) => {
    const r = await correctYearReport(input, ctx);
    refresh(input.id);
    return r;
  },
  success: "yearReports.success.corrected",
});

export const refreshYearReportFiguresAction = createAction({
  schema: reportIdSchema,
  run: async (input, ctx) => {
    const r = await refreshYearReportFigures(input, ctx);
    refresh(input.id);
    return r;
  },
  success: "yearReports.success.refreshed",
});
