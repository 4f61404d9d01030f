"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { reviewVersion } from "./mutations";
import { requestMissing } from "./requests/mutations";
import { requestMissingSchema, reviewSchema } from "./schema";

export const reviewVersionAction = createAction({
  schema: reviewSchema,
  run: async (input, ctx) => {
    const result = await reviewVersion(input, ctx);
    revalidatePath("/ho-so");
    revalidatePath(`/ho-so/${result.id}`);
    return result;
  },
  success: (result) => ({
    key: result.status === "ACCEPTED" ? "documents.review.accepted" : "documents.review.revisionRequested",
  }),
});

export const requestMissingAction = createAction({
  schema: requestMissingSchema,
  run: async (input, ctx) => {
    const result = await requestMissing(input, ctx);
    revalidatePath("/ho-so/day-du");
    return result;
  },
  success: (result) => ({ key: "documents.completeness.requested", params: { count: result.units } }),
});
