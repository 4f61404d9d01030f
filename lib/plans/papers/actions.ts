"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { savePaper } from "./mutations";
import { savePaperSchema } from "./schema";

/** Saves a paper's number and date, or (intent "issue") saves and issues it. */
export const savePlanPaperAction = createAction({
  schema: savePaperSchema,
  run: async (input, ctx) => {
    const r = await savePaper(input, ctx);
    revalidatePath(`/ke-hoach/${input.planId}`, "layout");
    return r;
  },
  success: (r) => ({ key: r.issued ? "planPapers.issuedDone" : "planPapers.savedDone" }),
});
