import { z } from "zod";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";
import { getPlan } from "@/lib/plans/data";
import { fileResponse } from "@/lib/storage";

export const dynamic = "force-dynamic";

/** The signed approval decision of a plan the actor may see; 404 otherwise (ids do not leak). */
export const GET = createRoute({
  name: "plan-decision",
  params: z.object({ id: idSchema }),
  handle: async ({ params, scope }) => {
    const plan = await getPlan(scope, params.id);
    if (!plan?.approvalFileKey) return null;
    return fileResponse({
      key: plan.approvalFileKey,
      name: plan.approvalFileName ?? "quyet-dinh.pdf",
      contentType: "application/pdf",
      size: plan.approvalFileSize ?? null,
    });
  },
});
