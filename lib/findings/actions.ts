"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { acknowledgeRecommendation, decideExtension, requestExtension, verifyAnswer } from "./mutations";
import { acknowledgeSchema, decideExtensionSchema, requestExtensionSchema, verifySchema } from "./schema";

const revalidate = (findingId: string) => {
  revalidatePath(`/phat-hien/${findingId}`);
  revalidatePath("/phat-hien");
  revalidatePath("/khac-phuc");
};

/** The unit takes note of a recommendation (closes it). */
export const acknowledgeRecommendationAction = createAction({
  schema: acknowledgeSchema,
  run: async (input, ctx) => {
    const result = await acknowledgeRecommendation(input, ctx);
    revalidate(input.findingId);
    return result;
  },
  success: "corrective.success.acknowledged",
});

/** DOST's verdict on the waiting answer (a rejection needs its reason). */
export const verifyAnswerAction = createAction({
  schema: verifySchema,
  run: async (input, ctx) => {
    const result = await verifyAnswer(input, ctx);
    revalidate(result.findingId);
    return result;
  },
  success: "corrective.success.verified",
});

/** The unit asks for a later due date, with a reason. */
export const requestExtensionAction = createAction({
  schema: requestExtensionSchema,
  run: async (input, ctx) => {
    const result = await requestExtension(input, ctx);
    revalidate(input.findingId);
    return result;
  },
  success: "corrective.success.requested",
});

/** DOST grants (new due date) or refuses (with a note) the waiting extension request. */
export const decideExtensionAction = createAction({
  schema: decideExtensionSchema,
  run: async (input, ctx) => {
    const result = await decideExtension(input, ctx);
    revalidate(result.findingId);
    return result;
  },
  success: "corrective.success.decided",
});
