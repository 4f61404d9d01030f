import { scopeFor } from "@/lib/auth/actor";
import { previewable } from "@/lib/documents/files";
import { downloadRoute } from "@/lib/http/download-route";
import { recordId as uuid } from "@/lib/ids";
import { getEvidenceFile } from "@/lib/inspections/data";
import { fileResponse } from "@/lib/storage";

export const dynamic = "force-dynamic";

/** An evidence file of an inspection the actor may read (inspectionVisibility); 404 otherwise, ids do not leak. */
export const GET = downloadRoute<{ id: string; evidenceId: string }>(async (request, params, actor) => {
  const ids = { inspection: uuid.safeParse(params.id), evidence: uuid.safeParse(params.evidenceId) };
  if (!ids.inspection.success || !ids.evidence.success) return null;
  const file = await getEvidenceFile(scopeFor(actor), ids.inspection.data, ids.evidence.data);
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
});
