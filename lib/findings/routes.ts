import "server-only";
import { previewable } from "@/lib/documents";
import type { RouteContext } from "@/lib/http/route";
import { fileResponse } from "@/lib/storage";
import { getCorrectiveEvidenceFile } from "./data";
import { receiveCorrectiveReport } from "./upload";

/**
 * A corrective-action report (multipart; see receiveCorrectiveReport): 201 with the report's id, or
 * `{ code, message, fieldErrors }` and nothing stored. `inspectionId`: the all-at-once page's inspection.
 * The pages read the database on every request (the client refreshes them after a 201).
 */
export async function correctiveReportResponse({ request, scope, ip }: RouteContext<unknown>, inspectionId?: string) {
  const result = await receiveCorrectiveReport(request, { scope, ip }, inspectionId);
  return Response.json(result, { status: 201, headers: { "cache-control": "no-store" } });
}

/** An answer's evidence file, for whoever may read the finding; null (404) otherwise, ids do not leak. */
export async function correctiveEvidenceResponse({
  request,
  params,
  scope,
}: RouteContext<{ id: string; evidenceId: string }>) {
  const file = await getCorrectiveEvidenceFile(scope, params.id, params.evidenceId);
  if (!file?.fileKey) return null;
  const contentType = file.contentType ?? "application/octet-stream";
  const inline = new URL(request.url).searchParams.get("xem") === "1" && previewable(contentType) !== null;
  return fileResponse({
    key: file.fileKey,
    name: file.fileName ?? "minh-chung",
    contentType,
    size: file.fileSize,
    inline,
    cacheControl: "private, max-age=3600",
  });
}
