import "server-only";
import { scopeFor, type Actor } from "@/lib/auth/actor";
import { AppError, validationError } from "@/lib/errors";
import { withUpload } from "@/lib/uploads/receive";
import { findRecordHead } from "./data";
import { addVersion, createRecord } from "./mutations";
import { addVersionRefusal, canRecord } from "./policy";
import { firstValues, recordFieldsSchema, versionFieldsSchema } from "./schema";

/** At most this many files per submission (a record is a handful of documents, not an archive). */
export const maxFilesPerVersion = 10;

/**
 * One upload of a record (no `recordId`) or of a new version of one, streamed from the request body.
 * Who may upload, and whether the record is in scope, is settled before the body is read (another unit's
 * record is not found). The files are received into storage first; if the fields are invalid or the
 * transaction fails, the stored files are removed, so a refused upload leaves neither rows nor files.
 */
export async function receiveRecordUpload(request: Request, ctx: { actor: Actor; ip: string | null }, recordId?: string) {
  const { actor } = ctx;
  if (recordId) {
    const head = await findRecordHead(scopeFor(actor), recordId);
    if (!head) throw new AppError("NOT_FOUND");
    if (!canRecord(actor, "addVersion", head)) throw new AppError("FORBIDDEN", addVersionRefusal(head));
  } else if (!canRecord(actor, "upload")) {
    throw new AppError("FORBIDDEN", "documents.errors.ownUnitOnly");
  }
  return withUpload(request, { maxFiles: maxFilesPerVersion }, async (upload) => {
    const fields = firstValues(upload.fields);
    // Every received file belongs to the version, whatever its field name: none is left stored unreferenced.
    const files = upload.files;
    if (recordId) {
      const parsed = versionFieldsSchema.safeParse(fields);
      if (!parsed.success) throw validationError(parsed.error.issues);
      return addVersion(recordId, parsed.data, files, ctx);
    }
    const parsed = recordFieldsSchema.safeParse(fields);
    if (!parsed.success) throw validationError(parsed.error.issues);
    return createRecord(parsed.data, files, ctx);
  });
}
