import { scopeFor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/session";
import { previewable } from "@/lib/documents/files";
import { AppError } from "@/lib/errors";
import { recordId as uuid } from "@/lib/ids";
import { getEvidenceFile } from "@/lib/inspections/data";
import { fileResponse } from "@/lib/storage";
import { errorResponse } from "@/lib/uploads/respond";

export const dynamic = "force-dynamic";

/** An evidence file of an inspection the actor may read (inspectionVisibility); 404 otherwise, ids do not leak. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; evidenceId: string }> }) {
  try {
    const actor = await getCurrentActor();
    if (!actor) throw new AppError("UNAUTHENTICATED");
    if (actor.mustChangePassword) throw new AppError("FORBIDDEN");
    const { id, evidenceId } = await params;
    const ids = { inspection: uuid.safeParse(id), evidence: uuid.safeParse(evidenceId) };
    if (!ids.inspection.success || !ids.evidence.success) throw new AppError("NOT_FOUND");
    const file = await getEvidenceFile(scopeFor(actor), ids.inspection.data, ids.evidence.data);
    if (!file?.fileKey) throw new AppError("NOT_FOUND");
    const contentType = file.contentType ?? "application/octet-stream";
    const inline = new URL(request.url).searchParams.get("xem") === "1" && previewable(contentType) !== null;
    // The bytes under an evidence id never change: a tablet need not fetch a photo again on every refresh.
    return await fileResponse({ key: file.fileKey, name: file.fileName ?? "minh-chung", contentType, size: file.fileSize, inline, cacheControl: "private, max-age=3600" });
  } catch (error) {
    return errorResponse(error, request);
  }
}
