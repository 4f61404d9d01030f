import { z } from "zod";
import { uploadResponse } from "@/lib/documents/routes";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** A new version of a record of the officer's unit; another unit's record is not found (before the body is read). */
export const POST = createRoute({
  name: "record-version-upload",
  params: z.object({ id: idSchema }),
  handle: (context) => uploadResponse(context, context.params.id),
});
