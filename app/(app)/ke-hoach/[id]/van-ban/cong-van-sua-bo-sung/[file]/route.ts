import { z } from "zod";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";
import { correctionLetterFile } from "@/lib/plans/papers/routes";

export const dynamic = "force-dynamic";

/** The correction letter of one record request as <requestId>.docx or .pdf, scoped as the papers tab; 404 otherwise. */
export const GET = createRoute({
  name: "plan-correction-letter-file",
  params: z.object({ id: idSchema, file: z.string().max(60) }),
  handle: correctionLetterFile,
});
