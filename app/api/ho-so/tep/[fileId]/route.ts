import { scopeFor } from "@/lib/auth/actor";
import { getRecordFile } from "@/lib/documents/data";
import { previewable } from "@/lib/documents/files";
import { downloadRoute } from "@/lib/http/download-route";
import { recordId as uuid } from "@/lib/ids";
import { fileResponse } from "@/lib/storage";

export const dynamic = "force-dynamic";

/**
 * A record's file, for whoever may see the record; 404 otherwise (ids do not leak). `?xem=1` shows a PDF or
 * an image inline (the preview); everything else, and every other type, downloads as an attachment. The
 * stored type was decided from the file's bytes, and nosniff keeps the browser from guessing another.
 */
export const GET = downloadRoute<{ fileId: string }>(async (request, params, actor) => {
  const id = uuid.safeParse(params.fileId);
  const file = id.success ? await getRecordFile(scopeFor(actor), id.data) : null;
  if (!file) return null;
  const inline = new URL(request.url).searchParams.get("xem") === "1" && previewable(file.contentType) !== null;
  return fileResponse({
    key: file.storageKey,
    name: file.fileName,
    contentType: file.contentType,
    size: file.size,
    inline,
  });
});
