import { z } from "zod";
import { getRecordFile } from "@/lib/documents/data";
import { previewable } from "@/lib/documents/upload/preview";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";
import { fileResponse } from "@/lib/storage";

export const dynamic = "force-dynamic";

/**
 * A record's file, for whoever may see the record; 404 otherwise (ids do not leak). `?xem=1` shows a PDF or
 * an image inline (the preview); everything else, and every other type, downloads as an attachment. The
 * stored type was decided from the file's bytes, and nosniff keeps the browser from guessing another.
 */
export const GET = createRoute({
  name: "record-file",
  params: z.object({ fileId: idSchema }),
  handle: async ({ request, params, scope }) => {
    const file = await getRecordFile(scope, params.fileId);
    if (!file) return null;
    const inline = new URL(request.url).searchParams.get("xem") === "1" && previewable(file.contentType) !== null;
    return fileResponse({
      key: file.storageKey,
      name: file.fileName,
      contentType: file.contentType,
      size: file.size,
      inline,
    });
  },
});
