import { z } from "zod";
import { previewable } from "@/lib/documents/upload/preview";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";
import { getEvidenceFile } from "@/lib/inspections/data";
import { fileResponse } from "@/lib/storage";

export const dynamic = "force-dynamic";

/** An evidence file of an inspection the actor may read (inspectionVisibility); 404 otherwise, ids do not leak. */
export const GET = createRoute({
  name: "evidence-file",
  params: z.object({ id: idSchema, evidenceId: idSchema }),
  handle: async ({ request, params, scope }) => {
    const file = await getEvidenceFile(scope, params.id, params.evidenceId);
    if (!file?.fileKey) return null;
    const contentType = file.contentType ?? "application/octet-stream";
    const inline = new URL(request.url).searchParams.get("xem") === "1" && previewable(contentType) !== null;
    // The bytes under an evidence id never change: a tablet need not fetch a photo again on every refresh.
    return fileResponse({
      key: file.fileKey,
      name: file.fileName ?? "minh-chung",
      contentType,
      size: file.fileSize,
      inline,
      cacheControl: "private, max-age=3600",
    });
  },
});
