import { z } from "zod";
import { correctiveEvidenceResponse } from "@/lib/findings/routes";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** An evidence file of a corrective-action answer, scoped like its finding; 404 otherwise (ids do not leak). */
export const GET = createRoute({
  name: "corrective-evidence-file",
  params: z.object({ id: idSchema, evidenceId: idSchema }),
  handle: correctiveEvidenceResponse,
});
