"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { commitImport, discardImport } from "./import/mutations";
import { updateAgency } from "./mutations";
import { applyReorganisation } from "./reorganisation/mutations";
import { updateAgencySchema } from "./schema";

export const updateAgencyAction = createAction({
  schema: updateAgencySchema,
  run: async (input, ctx) => {
    const result = await updateAgency(input, ctx);
    revalidatePath("/co-quan");
    return result;
  },
  success: "agencies.saved",
});

const importId = z.object({ id: z.uuid("errors.invalidId") });

export const commitImportAction = createAction({
  schema: importId,
  run: async (input, ctx) => {
    const result = await commitImport(input, ctx);
    revalidatePath("/co-quan");
    return result;
  },
  success: (r) => ({ key: "agencies.import.committed", params: { created: r.created, updated: r.updated } }),
});

export const discardImportAction = createAction({
  schema: importId,
  run: async (input, ctx) => {
    const result = await discardImport(input, ctx);
    revalidatePath("/co-quan/nhap");
    return result;
  },
  success: "agencies.import.discarded",
});

export const applyReorganisationAction = createAction({
  schema: z.object({ key: z.string().min(1).max(60) }),
  run: async (input, ctx) => {
    const result = await applyReorganisation(input, ctx);
    revalidatePath("/co-quan");
    return result;
  },
  success: (r) => ({
    key: "agencies.reorganisation.applied",
    params: { created: r.created, ended: r.ended, links: r.links },
  }),
});
