"use server";

import { z } from "zod";
import { createAction } from "@/lib/action";

/**
 * Is the session still good? Changes nothing. Long-lived pages that keep work in the browser (the checklist's
 * autosave) ask before replaying queued saves when the connection returns, so an expired session is reported
 * as such instead of as a string of failed saves. It is also the benchmark's no-op baseline: the action
 * client alone (session, actor from the database, zod).
 */
export const checkSessionAction = createAction({
  schema: z.object({}),
  allowPendingPasswordChange: true,
  run: async (_input, ctx) => ({ userId: ctx.actor.id }),
});
