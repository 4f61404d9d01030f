import { z } from "zod";
import { recordFileResponse } from "@/lib/documents/routes";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** A record's file, for whoever may see the record; 404 otherwise. `?xem=1` previews a PDF or an image inline. */
export const GET = createRoute({
  name: "record-file",
  params: z.object({ fileId: idSchema }),
  handle: (context) => recordFileResponse(context, context.params.fileId),
});
