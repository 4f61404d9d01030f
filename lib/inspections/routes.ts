import "server-only";
import { previewable } from "@/lib/documents";
import type { RouteContext } from "@/lib/http/route";
import { fileResponse } from "@/lib/storage";
import { getEvidenceFile } from "./data";
import { uploadFileEvidence } from "./evidence/upload";

/**
 * Photos and files as evidence for one checklist item (multipart: itemId, caption?, files). Answers 201 with
 * the new evidence rows, or `{ code, message, fieldErrors }` (lib/uploads/respond.ts) and nothing stored.
 */
export async function uploadEvidence({ request, params, scope, ip }: RouteContext<{ id: string }>) {
  const evidence = await uploadFileEvidence(request, params.id, { scope, ip });
  return Response.json({ evidence }, { status: 201, headers: { "cache-control": "no-store" } });
}

/** An evidence file of an inspection the actor may read (inspectionVisibility); null (404) otherwise, ids do not leak. */
export async function evidenceFile({ request, params, scope }: RouteContext<{ id: string; evidenceId: string }>) {
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
}
