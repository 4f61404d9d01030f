import "server-only";
import { z } from "zod";
import { AppError, fieldErrorsOf, type ErrorMessage } from "@/lib/errors";
import { idSchema } from "@/lib/ids";
import { withUpload } from "@/lib/uploads/receive";
import { fileKinds } from "@/lib/uploads/types";
import { getFinding } from "./data";
import { submitCorrectiveReport, type AnswerInput, type Ctx } from "./mutations";
import { answerFieldsSchema, reportNoteSchema } from "./schema";

/** Evidence files per answer: the record pipeline's kinds (decided by content) and size limit, a few at a time. */
export const maxAnswerFiles = 5;
const maxAnswersPerReport = 50;

/** A field of one finding's answer in the multipart form: `<findingId>:<name>` (files: `<findingId>:files`). */
export const answerField = (findingId: string, name: string) => `${findingId}:${name}`;

const findingIdsSchema = z.array(idSchema).min(1, "corrective.errors.noAnswer").max(maxAnswersPerReport);

/**
 * A corrective-action report from a multipart request: `findingId` (one or several), for each its answer
 * fields and files under `<findingId>:…`, an optional `inspectionId` (the all-at-once page) and `note`. The
 * first finding must be one the actor may read before a byte of the files is read (another unit's: 404);
 * submitCorrectiveReport checks every finding again in its transaction. Any refusal removes the stored files.
 */
export async function receiveCorrectiveReport(request: Request, ctx: Ctx, inspectionId?: string) {
  if (inspectionId !== undefined && !idSchema.safeParse(inspectionId).success) throw new AppError("NOT_FOUND");
  const hinted = new URL(request.url).searchParams.get("finding");
  if (hinted) {
    const id = idSchema.safeParse(hinted);
    if (!id.success || !(await getFinding(ctx.scope, id.data))) throw new AppError("NOT_FOUND");
  }
  return withUpload(
    request,
    { maxFiles: maxAnswerFiles * maxAnswersPerReport, allowed: fileKinds },
    async ({ fields, files }) => {
      const ids = findingIdsSchema.safeParse(fields.findingId ?? []);
      if (!ids.success)
        throw new AppError("VALIDATION", "corrective.errors.noAnswer", { _form: ["corrective.errors.noAnswer"] });
      const errors: Record<string, ErrorMessage[]> = {};
      const answers: AnswerInput[] = [];
      for (const findingId of ids.data) {
        const own = files.filter((f) => f.field === answerField(findingId, "files"));
        if (own.length > maxAnswerFiles)
          (errors[answerField(findingId, "files")] ??= []).push({
            key: "uploads.errors.tooMany",
            params: { max: maxAnswerFiles },
          });
        const parsed = answerFieldsSchema.safeParse({
          findingId,
          cause: fields[answerField(findingId, "cause")]?.[0],
          correction: fields[answerField(findingId, "correction")]?.[0],
          action: fields[answerField(findingId, "action")]?.[0],
          plannedDate: fields[answerField(findingId, "plannedDate")]?.[0],
          responsible: fields[answerField(findingId, "responsible")]?.[0],
          recordVersionIds: fields[answerField(findingId, "recordVersionIds")],
        });
        if (!parsed.success) {
          for (const [field, keys] of Object.entries(fieldErrorsOf(parsed.error.issues)))
            (errors[answerField(findingId, field)] ??= []).push(...keys);
          continue;
        }
        answers.push({
          ...parsed.data,
          files: own.map((f) => ({
            key: f.key,
            name: f.name,
            size: f.size,
            contentType: f.contentType,
            sha256: f.sha256,
          })),
        });
      }
      const stray = files.filter((f) => !ids.data.some((id) => f.field === answerField(id, "files")));
      if (stray.length) throw new AppError("VALIDATION", "errors.VALIDATION");
      const note = reportNoteSchema.safeParse(fields.note?.[0]);
      if (!note.success) errors.note = fieldErrorsOf(note.error.issues)._form ?? ["corrective.errors.tooLong"];
      if (Object.keys(errors).length) throw new AppError("VALIDATION", "errors.VALIDATION", errors);
      return submitCorrectiveReport({ inspectionId, note: note.data ?? "", answers }, ctx);
    },
  );
}
