import { uploadResponse } from "@/lib/documents/upload-route";

export const dynamic = "force-dynamic";

/** A new record of the officer's unit with its first version (multipart: fields and files[]), streamed to storage. */
export async function POST(request: Request) {
  return uploadResponse(request);
}
