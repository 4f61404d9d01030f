import { z } from "zod";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";
import { minutesFile } from "@/lib/inspections/routes";

export const dynamic = "force-dynamic";

/** The inspection record as bien-ban.docx or bien-ban.pdf, scoped as the HTML record; 404 otherwise. */
export const GET = createRoute({
  name: "inspection-minutes-file",
  params: z.object({ id: idSchema, file: z.string().max(40) }),
  handle: minutesFile,
});
