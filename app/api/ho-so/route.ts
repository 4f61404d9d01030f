import { createRoute } from "@/lib/http/route";
import { uploadResponse } from "@/lib/documents/routes";

export const dynamic = "force-dynamic";

/** A new record of the officer's unit with its first version (multipart: fields and files[]), streamed to storage. */
export const POST = createRoute({
  name: "record-upload",
  handle: (context) => uploadResponse(context),
});
