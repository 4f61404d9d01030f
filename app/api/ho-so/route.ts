import { uploadResponse } from "@/lib/documents/upload-route";
import { sameOriginOnly } from "@/lib/security/origin";

export const dynamic = "force-dynamic";

/** A new record of the officer's unit with its first version (multipart: fields and files[]), streamed to storage. */
export const POST = sameOriginOnly(async (request: Request) => uploadResponse(request));
