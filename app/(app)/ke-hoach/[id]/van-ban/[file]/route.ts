import { z } from "zod";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";
import { planPaperFile } from "@/lib/plans/papers/routes";

export const dynamic = "force-dynamic";

/** A plan's paper as ke-hoach.docx, quyet-dinh-doan.pdf, cong-van-de-nghi.zip…, scoped as the papers tab; 404 otherwise. */
export const GET = createRoute({
  name: "plan-paper-file",
  params: z.object({ id: idSchema, file: z.string().max(60) }),
  handle: planPaperFile,
});
