import { Readable } from "node:stream";
import { scopeFor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { recordId as uuid } from "@/lib/ids";
import { getEvidenceFile } from "@/lib/inspections/data";
import { contentDisposition, getStorage } from "@/lib/storage";
import { errorResponse } from "@/lib/uploads/respond";

export const dynamic = "force-dynamic";

/** Only these are shown in the browser with `?xem=1`; anything else (DOCX, XLSX) is always a download. */
const viewable = new Set(["image/jpeg", "image/png", "application/pdf"]);

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
    const inline = new URL(request.url).searchParams.get("xem") === "1" && viewable.has(contentType);
    const stream = await getStorage().get(file.fileKey);
    return new Response(Readable.toWeb(stream) as ReadableStream, {
      headers: {
        "content-type": contentType,
        ...(file.fileSize == null ? {} : { "content-length": String(file.fileSize) }),
        "content-disposition": contentDisposition(file.fileName ?? "minh-chung", inline ? "inline" : "attachment"),
        "x-content-type-options": "nosniff",
        // The bytes under an evidence id never change: a tablet need not fetch a photo again on every refresh.
        "cache-control": "private, max-age=3600",
      },
    });
  } catch (error) {
    return errorResponse(error, request);
  }
}
