"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useT } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { postWithProgress, type UploadResult } from "@/components/uploads/post-with-progress";

type Option = { value: string; label: string };

type UploadAnswer = { ok: true; id: string } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };
type AnswerBody = { id?: string; message?: string; fieldErrors?: Record<string, string[]> };

/** The created record's id, or the server's message and field errors; a network failure is a message. */
function toAnswer(result: UploadResult<AnswerBody>): UploadAnswer {
  if (result.kind !== "answered") return { ok: false, message: "documents.upload.networkError" };
  const json = result.body ?? {};
  if (result.ok && json.id) return { ok: true, id: json.id };
  return { ok: false, message: json.message ?? "documents.upload.failed", fieldErrors: json.fieldErrors };
}

type Props = {
  /** POST /api/ho-so for a new record, /api/ho-so/<id>/phien-ban for a new version. */
  action: string;
  /** Choices for a new record; a new version keeps its record's category, title and plan. */
  categories?: Option[];
  plans?: Option[];
  /** Values to start from (a new version starts from the previous version's dates). */
  initial?: { periodFrom?: string; periodTo?: string; effectiveDate?: string };
  maxSizeLabel: string;
};

/**
 * The upload of a record or of a new version: posted with XMLHttpRequest (a route handler streams the files
 * to storage, and the browser reports upload progress), then the record page. The server decides the
 * file types from their bytes; `accept` only helps the file picker.
 */
export function UploadForm({ action, categories, plans, initial = {}, maxSizeLabel }: Props) {
  const t = useT();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [answer, setAnswer] = useState<UploadAnswer | null>(null);
  const errors = (name: string) =>
    answer && !answer.ok ? answer.fieldErrors?.[name]?.map((m) => t.raw(m)) : undefined;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setAnswer(null);
    setProgress(0);
    const result = toAnswer(
      await postWithProgress<AnswerBody>(action, new FormData(event.currentTarget), {
        onProgress: ({ percent }) => setProgress(percent),
      }),
    );
    if (result.ok) {
      router.push(`/ho-so/${result.id}`);
      router.refresh();
      return;
    }
    setAnswer(result);
    setPending(false);
    setProgress(null);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate aria-describedby="upload-status">
      <Alert tone="error" id="upload-status">
        {answer && !answer.ok ? t.raw(answer.message) : null}
      </Alert>
      {categories ? (
        <div className="grid gap-4 md:grid-cols-2">
          <SelectField
            label={t("documents.fields.category")}
            name="category"
            options={[{ value: "", label: t("documents.fields.chooseCategory") }, ...categories]}
            errors={errors("category")}
          />
          <SelectField
            label={t("documents.fields.plan")}
            name="planId"
            options={[{ value: "", label: t("documents.fields.noPlan") }, ...(plans ?? [])]}
            errors={errors("planId")}
            hint={t("documents.fields.planHint")}
          />
          <div className="md:col-span-2">
            <TextField label={t("documents.fields.title")} name="title" maxLength={300} errors={errors("title")} />
          </div>
        </div>
      ) : null}
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{t("documents.fields.covers")}</legend>
        <p className="text-sm text-slate-700">{t("documents.fields.coversHint")}</p>
        <div className="grid gap-4 md:grid-cols-3">
          <TextField
            label={t("documents.fields.effectiveDate")}
            name="effectiveDate"
            placeholder="dd/mm/yyyy"
            inputMode="numeric"
            defaultValue={initial.effectiveDate}
            errors={errors("effectiveDate")}
          />
          <TextField
            label={t("documents.fields.periodFrom")}
            name="periodFrom"
            placeholder="dd/mm/yyyy"
            inputMode="numeric"
            defaultValue={initial.periodFrom}
            errors={errors("periodFrom")}
          />
          <TextField
            label={t("documents.fields.periodTo")}
            name="periodTo"
            placeholder="dd/mm/yyyy"
            inputMode="numeric"
            defaultValue={initial.periodTo}
            errors={errors("periodTo")}
          />
        </div>
      </fieldset>
      <TextField
        label={t("documents.fields.files")}
        name="files"
        type="file"
        multiple
        accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        hint={t("documents.fields.filesHint", { size: maxSizeLabel })}
        errors={errors("files")}
      />
      <TextareaField label={t("documents.fields.note")} name="note" rows={3} maxLength={2000} errors={errors("note")} />
      {progress !== null ? (
        <div>
          <label htmlFor="upload-progress" className="field-label">
            {t("documents.upload.progress", { percent: progress })}
          </label>
          <progress id="upload-progress" max={100} value={progress} className="h-3 w-full" />
        </div>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? t("documents.upload.sending") : t("documents.upload.submit")}
      </Button>
    </form>
  );
}
