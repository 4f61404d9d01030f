import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError, fieldErrorsOf, validationError } from "@/lib/errors";
import { UploadError } from "@/lib/uploads/errors";
import { withUpload } from "@/lib/uploads/receive";
import type { ReceivedFile } from "@/lib/uploads/types";
import { findRecordHead } from "../data";
import { addVersion, createRecord, type Ctx } from "../mutations";
import { addVersionRefusal, canRecord, recordPlanVisibility } from "../policy";
import { firstValues, recordFieldsSchema, versionFieldsSchema } from "../schema";

/** At most this many files per submission (a record is a handful of documents, not an archive). */
export const maxFilesPerVersion = 10;

type Issue = { path: PropertyKey[]; message: string };

/**
 * Every problem of a submission's fields and files at once (the form shows them all, not one per try): the
 * schema's issues, no file, and a plan the unit's records may not answer. The transaction checks the plan
 * again; this is only so that it is reported with the rest.
 */
async function submissionIssues(
  scope: Scope,
  fields: Record<string, string>,
  files: ReceivedFile[] | null,
  isVersion: boolean,
): Promise<Issue[]> {
  const parsed = (isVersion ? versionFieldsSchema : recordFieldsSchema).safeParse(fields);
  const issues: Issue[] = parsed.success ? [] : [...parsed.error.issues];
  if (files && !files.length) issues.push({ path: ["files"], message: "documents.errors.noFiles" });
  const planId = isVersion ? null : recordFieldsSchema.shape.planId.safeParse(fields.planId);
  if (
    planId?.success &&
    planId.data &&
    !(await db.inspectionPlan.count({ where: { AND: [recordPlanVisibility(scope.actor), { id: planId.data }] } }))
  ) {
    issues.push({ path: ["planId"], message: "documents.errors.plan" });
  }
  return issues;
}

/**
 * One upload of a record (no `recordId`) or of a new version of one, streamed from the request body.
 * Who may upload, and whether the record is in scope, is settled before the body is read (another unit's
 * record is not found). The files are received into storage first; if the fields are invalid or the
 * transaction fails, the stored files are removed, so a refused upload leaves neither rows nor files.
 * A file refused while streaming (its type, its size) comes back with the problems of the fields that
 * arrived before it, so the form can show everything that needs fixing in one pass.
 */
export async function receiveRecordUpload(request: Request, ctx: Ctx, recordId?: string) {
  const { scope } = ctx;
  const { actor } = scope;
  if (recordId) {
    const head = await findRecordHead(scope, recordId);
    if (!head) throw new AppError("NOT_FOUND");
    if (!canRecord(actor, "addVersion", head)) throw new AppError("FORBIDDEN", addVersionRefusal(head));
  } else if (!canRecord(actor, "upload")) {
    throw new AppError("FORBIDDEN", "documents.errors.ownUnitOnly");
  }
  const isVersion = recordId !== undefined;
  try {
    return await withUpload(request, { maxFiles: maxFilesPerVersion }, async (upload) => {
      const fields = firstValues(upload.fields);
      // Every received file belongs to the version, whatever its field name: none is left stored unreferenced.
      const files = upload.files;
      const issues = await submissionIssues(scope, fields, files, isVersion);
      if (issues.length) throw validationError(issues);
      if (recordId) return addVersion(recordId, versionFieldsSchema.parse(fields), files, ctx);
      return createRecord(recordFieldsSchema.parse(fields), files, ctx);
    });
  } catch (error) {
    if (error instanceof UploadError && error.fields) {
      // Only fields that arrived before the refused file are judged: the rest of the body was never read.
      const arrived = new Set(Object.keys(error.fields));
      const issues = (await submissionIssues(scope, firstValues(error.fields), null, isVersion)).filter((i) =>
        arrived.has(String(i.path[0])),
      );
      if (issues.length) error.otherFieldErrors = fieldErrorsOf(issues);
    }
    throw error;
  }
}
