import "server-only";
import { revalidatePath } from "next/cache";
import type { RouteContext } from "@/lib/http/route";
import { fileResponse } from "@/lib/storage";
import { getRecordFile } from "./data";
import { previewable } from "./upload/preview";
import { receiveRecordUpload } from "./upload/receive";

type Context = Pick<RouteContext<unknown>, "request" | "scope" | "ip">;

/**
 * The upload routes' work (app/api/ho-so): a new record (no `recordId`) or a new version of one, and 201
 * with the record's id.
 */
export async function uploadResponse({ request, scope, ip }: Context, recordId?: string): Promise<Response> {
  const result = await receiveRecordUpload(request, { scope, ip }, recordId);
  revalidatePath("/ho-so");
  revalidatePath(`/ho-so/${result.id}`);
  return Response.json(result, { status: 201 });
}

/**
 * A record's file, for whoever may see the record; null (404) otherwise, so ids do not leak. `?xem=1` shows a
 * PDF or an image inline (the preview); everything else, and every other type, downloads as an attachment.
 * The stored type was decided from the file's bytes, and nosniff keeps the browser from guessing another.
 */
export async function recordFileResponse({ request, scope }: Context, fileId: string): Promise<Response | null> {
  const file = await getRecordFile(scope, fileId);
  if (!file) return null;
  const inline = new URL(request.url).searchParams.get("xem") === "1" && previewable(file.contentType) !== null;
  return fileResponse({
    key: file.storageKey,
    name: file.fileName,
    contentType: file.contentType,
    size: file.size,
    inline,
  });
}
