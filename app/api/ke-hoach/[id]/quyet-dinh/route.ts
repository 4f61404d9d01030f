import { z } from "zod";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";
import { planDecisionFile } from "@/lib/plans/routes";

export const dynamic = "force-dynamic";

/** The signed approval decision of a plan the actor may see; 404 otherwise (ids do not leak). */
export const GET = createRoute({
  name: "plan-decision",
  params: z.object({ id: idSchema }),
  handle: planDecisionFile,
});
