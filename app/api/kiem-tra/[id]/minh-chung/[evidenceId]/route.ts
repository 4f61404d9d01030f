import { z } from "zod";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";
import { evidenceFile } from "@/lib/inspections/routes";

export const dynamic = "force-dynamic";

/** An evidence file of an inspection the actor may read; 404 otherwise (ids do not leak). */
export const GET = createRoute({
  name: "evidence-file",
  params: z.object({ id: idSchema, evidenceId: idSchema }),
  handle: evidenceFile,
});
