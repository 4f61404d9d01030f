"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { setDigestsEnabled } from "./mutations";
import { digestPreferenceSchema } from "./schema";

/** The user turns their own digests on or off (the notifications page). */
export const setDigestsAction = createAction({
  schema: digestPreferenceSchema,
  run: async ({ enabled }, { scope, ip }) => {
    const result = await setDigestsEnabled(scope, enabled, ip);
    revalidatePath("/thong-bao");
    return result;
  },
  success: (result) => ({ key: result.enabled ? "reminders.preference.savedOn" : "reminders.preference.savedOff" }),
});
