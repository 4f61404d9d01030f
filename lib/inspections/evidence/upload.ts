import "server-only";
import { db } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { withUpload } from "@/lib/uploads/receive";
import type { FileKind } from "@/lib/uploads/types";
import { openForChange, type Ctx } from "../access/open-for-change";
import { addFileEvidence } from "./mutations";
import { evidenceHref, fileEvidenceSchema } from "../schema";

/** What an inspector may attach to an item: photos and office documents, decided by content, a few at a time. */
export const evidenceFileKinds: readonly FileKind[] = ["jpeg", "png", "pdf", "docx", "xlsx"];
export const maxEvidenceFiles = 5;

/**
 * Evidence files for one item, from a multipart request (fields itemId, caption; files). The actor's right
 * to fill the inspection is checked before a byte of the body is read, so a locked or foreign inspection
 * costs no upload; addFileEvidence checks it again inside its transaction (a sign-off may land meanwhile).
 * Any refusal after the files are stored removes them: nothing outlives a missing row.
 */
export async function uploadFileEvidence(request: Request, inspectionId: string, ctx: Ctx) {
  await db.$transaction((tx) => openForChange(tx, ctx.scope, inspectionId, "fill"));
  return withUpload(request, { maxFiles: maxEvidenceFiles, allowed: evidenceFileKinds }, async (upload) => {
    const parsed = fileEvidenceSchema.safeParse({
      itemId: upload.fields.itemId?.[0],
      caption: upload.fields.caption?.[0],
    });
    if (!parsed.success) throw validationError(parsed.error.issues);
    if (!upload.files.length)
      throw new AppError("VALIDATION", "inspections.errors.noFile", { files: ["inspections.errors.noFile"] });
    const files = upload.files.map((f) => ({
      key: f.key,
      name: f.name,
      size: f.size,
      contentType: f.contentType,
      sha256: f.sha256,
    }));
    const rows = await addFileEvidence(
      { inspectionId, itemId: parsed.data.itemId, caption: parsed.data.caption, files },
      ctx,
    );
    return rows.map((r) => ({ ...r, href: evidenceHref(inspectionId, r.id) }));
  });
}
