"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { markAllRead } from "./mutations";

export const markAllReadAction = createAction({
  schema: z.object({}),
  run: async (_input, { scope, ip }) => {
    const result = await markAllRead(scope, ip);
    revalidatePath("/", "layout");
    return result;
  },
});
