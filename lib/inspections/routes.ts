import "server-only";
import { previewable } from "@/lib/documents";
import type { RouteContext } from "@/lib/http/route";
import { createTranslator } from "@/lib/i18n";
import { officialResponse } from "@/lib/official/respond";
import { fileResponse } from "@/lib/storage";
import { getEvidenceFile } from "./data";
import { uploadFileEvidence } from "./evidence/upload";
import { getInspectionMinutes } from "./minutes/data";
import { minutesDocument } from "./minutes/document";
import { minutesFiles } from "./minutes/files";

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

/**
 * The inspection record (TT26 Mẫu 21) as DOCX or PDF, for exactly whoever may read the HTML record
 * (getInspectionMinutes: an officer their own unit's, once signed off); null (404) otherwise. The paper is in
 * Vietnamese whatever the reader's language: it is the one that is signed. Saved as "Biên bản kiểm tra - <unit>".
 */
export async function minutesFile({ params, scope }: RouteContext<{ id: string; file: string }>) {
  const format = params.file === minutesFiles.pdf ? "pdf" : params.file === minutesFiles.docx ? "docx" : null;
  if (!format) return null;
  const minutes = await getInspectionMinutes(scope, params.id);
  if (!minutes) return null;
  const t = createTranslator("vi");
  const name = t("inspectionRecord.document.fileName", { unit: minutes.agency.name });
  return officialResponse(minutesDocument(minutes, t), format, name);
}
