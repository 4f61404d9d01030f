import { z } from "zod";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";
import { uploadEvidence } from "@/lib/inspections/routes";

export const dynamic = "force-dynamic";

/** Photos and files as evidence for one checklist item (see uploadEvidence). */
export const POST = createRoute({
  name: "evidence-upload",
  params: z.object({ id: idSchema }),
  handle: uploadEvidence,
});
