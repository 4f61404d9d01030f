"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { postWithProgress } from "@/components/uploads/post-with-progress";

const control =
  "block w-full min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-base focus:outline-3 focus:outline-amber-500";
/** What the server accepts (lib/inspections/evidence-upload.ts); the server decides by content, this only filters the picker. */
const accept = "image/jpeg,image/png,application/pdf,.docx,.xlsx";

type Errors = { files?: string; caption?: string };
type ErrorBody = { message?: string; fieldErrors?: Record<string, string[]> };

/**
 * Photos and files for one item, sent with XMLHttpRequest (components/uploads) so the upload shows its progress.
 * On a tablet the picker offers the camera. A refusal shows the server's sentence next to the control.
 */
export function EvidenceUpload({
  inspectionId,
  itemId,
  code,
  maxFileBytes,
}: {
  inspectionId: string;
  itemId: string;
  code: string;
  maxFileBytes: number;
}) {
  const t = useT();
  const router = useRouter();
  const [percent, setPercent] = useState<number | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState("");
  const ids = {
    file: `evidence-file-${itemId}`,
    hint: `evidence-hint-${itemId}`,
    fileError: `evidence-file-error-${itemId}`,
    caption: `evidence-caption-${itemId}`,
    captionError: `evidence-caption-error-${itemId}`,
  };
  const busy = percent !== null;
  const maxMb = Math.round((maxFileBytes / 1024 / 1024) * 10) / 10;

  function fail(body: ErrorBody | null) {
    const fields = body?.fieldErrors ?? {};
    const caption = fields.caption?.[0];
    const other = Object.entries(fields).find(([name]) => name !== "caption")?.[1]?.[0];
    setErrors({
      caption,
      files: other ?? (caption ? undefined : (body?.message ?? t("inspections.evidence.uploadFailed"))),
    });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const files = data.getAll("files").filter((f): f is File => f instanceof File && f.name !== "");
    setDone("");
    // Saves a long wait on a slow connection; the server checks again whatever the browser says.
    if (!files.length) return setErrors({ files: t("inspections.errors.noFile") });
    if (files.some((f) => f.size > maxFileBytes))
      return setErrors({ files: t("inspections.errors.fileSize", { size: maxMb }) });
    setErrors({});
    setPercent(0);
    const result = await postWithProgress<ErrorBody>(`/api/kiem-tra/${inspectionId}/minh-chung`, data, {
      onProgress: ({ percent }) => setPercent(percent),
    });
    setPercent(null);
    if (result.kind !== "answered") return fail(null);
    if (result.status !== 201) return fail(result.body);
    form.reset();
    setDone(t("inspections.evidence.uploaded", { count: files.length }));
    router.refresh();
  }

  return (
    <form
      onSubmit={submit}
      className="mt-3 grid gap-2 border-t border-slate-200 pt-3 sm:grid-cols-[2fr_1fr_auto] sm:items-start"
      noValidate
    >
      <input type="hidden" name="itemId" value={itemId} />
      <div>
        <label htmlFor={ids.file} className="block font-semibold">
          {t("inspections.evidence.addFile")} ({code})
        </label>
        <input
          id={ids.file}
          name="files"
          type="file"
          accept={accept}
          capture="environment"
          multiple
          disabled={busy}
          aria-invalid={errors.files ? true : undefined}
          aria-describedby={`${ids.hint} ${ids.fileError}`}
          className={`${control} file:mr-3 file:min-h-9 file:rounded file:border-0 file:bg-slate-200 file:px-3 file:font-semibold`}
        />
        <p id={ids.hint} className="text-slate-700">
          {t("inspections.evidence.fileHint", { size: maxMb })}
        </p>
        <p id={ids.fileError} role="alert" className="font-semibold text-red-800">
          {errors.files}
        </p>
      </div>
      <div>
        <label htmlFor={ids.caption} className="block font-semibold">
          {t("inspections.evidence.fileCaption")}
        </label>
        <input
          id={ids.caption}
          name="caption"
          maxLength={500}
          disabled={busy}
          aria-invalid={errors.caption ? true : undefined}
          aria-describedby={ids.captionError}
          className={control}
        />
        <p id={ids.captionError} role="alert" className="font-semibold text-red-800">
          {errors.caption}
        </p>
      </div>
      <Button type="submit" variant="secondary" disabled={busy} className="sm:mt-6">
        {t("inspections.evidence.upload")}
      </Button>
      <div role="status" aria-live="polite" className="sm:col-span-3">
        {busy ? (
          <>
            <progress
              max={100}
              value={percent}
              aria-label={t("inspections.evidence.uploading", { percent })}
              className="h-2 w-full"
            />
            <span>{t("inspections.evidence.uploading", { percent })}</span>
          </>
        ) : done ? (
          <span className="text-green-800">{done}</span>
        ) : null}
      </div>
    </form>
  );
}
