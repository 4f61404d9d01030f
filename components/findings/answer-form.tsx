"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useT } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { postWithProgress, type UploadResult } from "@/components/uploads/post-with-progress";

type Option = { value: string; label: string };
export type AnswerTarget = { id: string; label: string };

type Body = { reportId?: string; message?: string; fieldErrors?: Record<string, string[]> };
type Outcome = { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

function toOutcome(result: UploadResult<Body>): Outcome {
  if (result.kind !== "answered") return { ok: false, message: "corrective.forms.networkError" };
  const json = result.body ?? {};
  if (result.ok && json.reportId) return { ok: true };
  return { ok: false, message: json.message ?? "corrective.forms.failed", fieldErrors: json.fieldErrors };
}

type Props = {
  /** One finding (its page) or every finding of an inspection awaiting the unit (the all-at-once report). */
  findings: AnswerTarget[];
  /** The all-at-once page's inspection: the report must hold its findings only. */
  inspectionId?: string;
  /** Versions of the unit's own corrective-action records. */
  records: Option[];
  maxSizeLabel: string;
  /** Where to go once sent (the page refreshes there). */
  done: string;
  submitLabel: string;
};

/**
 * The unit's corrective-action report (TT26 Đ37): for each finding its cause, correction, action with its
 * planned date, who is responsible, and evidence (files and/or the unit's corrective-action records). Sent as
 * one multipart request (the upload pipeline decides file types by content), stored whole or not at all.
 */
export function AnswerForm({ findings, inspectionId, records, maxSizeLabel, done, submitLabel }: Props) {
  const t = useT();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const several = findings.length > 1 || inspectionId !== undefined;
  const errors = (name: string) =>
    outcome && !outcome.ok ? outcome.fieldErrors?.[name]?.map((m) => t.raw(m)) : undefined;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const included = new Set(form.getAll("findingId").map(String));
    // The parts of findings left out of the report are not sent (their files would be refused).
    const body = new FormData();
    for (const [name, value] of form.entries()) {
      const prefix = name.includes(":") ? name.slice(0, name.indexOf(":")) : null;
      if (prefix && !included.has(prefix)) continue;
      if (value instanceof File && value.size === 0 && value.name === "") continue;
      body.append(name, value);
    }
    setPending(true);
    setOutcome(null);
    setProgress(0);
    const query = new URLSearchParams();
    const first = [...included][0];
    if (first) query.set("finding", first);
    if (inspectionId) query.set("inspection", inspectionId);
    const result = toOutcome(
      await postWithProgress<Body>(`/api/khac-phuc/bao-cao?${query}`, body, {
        onProgress: ({ percent }) => setProgress(percent),
      }),
    );
    setPending(false);
    setProgress(null);
    setOutcome(result);
    if (result.ok) {
      router.push(done);
      router.refresh();
    }
  }

  return (
    <form onSubmit={submit} className="space-y-6" noValidate aria-describedby="answer-status">
      <Alert tone={outcome?.ok ? "success" : "error"} id="answer-status">
        {outcome ? (outcome.ok ? t("corrective.success.answered") : t.raw(outcome.message)) : null}
      </Alert>
      {errors("_form") ? <p className="text-sm font-medium text-red-800">{errors("_form")!.join(" ")}</p> : null}
      {findings.map((f) => {
        const field = (name: string) => `${f.id}:${name}`;
        return (
          <fieldset key={f.id} className="space-y-4 rounded-md border border-slate-300 p-4">
            <legend className="px-1 text-base font-semibold">{f.label}</legend>
            {several ? (
              <label className="flex min-h-11 items-center gap-2">
                <input type="checkbox" name="findingId" value={f.id} defaultChecked className="size-5" />
                {t("corrective.report.include")}
              </label>
            ) : (
              <input type="hidden" name="findingId" value={f.id} />
            )}
            <TextareaField
              label={t("corrective.fields.cause")}
              name={field("cause")}
              required
              maxLength={4000}
              errors={errors(field("cause"))}
            />
            <TextareaField
              label={t("corrective.fields.correction")}
              name={field("correction")}
              maxLength={4000}
              errors={errors(field("correction"))}
            />
            <TextareaField
              label={t("corrective.fields.action")}
              name={field("action")}
              required
              maxLength={4000}
              errors={errors(field("action"))}
            />
            <div className="grid gap-4 md:grid-cols-2">
              <TextField
                label={t("corrective.fields.plannedDate")}
                name={field("plannedDate")}
                placeholder={t("corrective.fields.datePlaceholder")}
                inputMode="numeric"
                required
                errors={errors(field("plannedDate"))}
              />
              <TextField
                label={t("corrective.fields.responsible")}
                name={field("responsible")}
                required
                maxLength={200}
                errors={errors(field("responsible"))}
              />
            </div>
            <TextField
              label={t("corrective.fields.files")}
              name={field("files")}
              type="file"
              multiple
              accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
              hint={t("corrective.fields.filesHint", { size: maxSizeLabel })}
              errors={errors(field("files"))}
            />
            {records.length ? (
              <fieldset aria-describedby={`${field("records")}-hint`}>
                <legend className="text-sm font-semibold">{t("corrective.fields.records")}</legend>
                <p id={`${field("records")}-hint`} className="text-sm text-slate-700">
                  {t("corrective.fields.recordsHint")}
                </p>
                {records.map((r) => (
                  <label key={r.value} className="flex min-h-11 items-center gap-2">
                    <input type="checkbox" name={field("recordVersionIds")} value={r.value} className="size-5" />
                    {r.label}
                  </label>
                ))}
                {errors(field("recordVersionIds")) ? (
                  <p className="text-sm font-medium text-red-800">{errors(field("recordVersionIds"))!.join(" ")}</p>
                ) : null}
              </fieldset>
            ) : (
              <p className="text-sm text-slate-700">{t("corrective.fields.noRecords")}</p>
            )}
          </fieldset>
        );
      })}
      {several ? (
        <TextField label={t("corrective.fields.note")} name="note" maxLength={500} errors={errors("note")} />
      ) : null}
      {progress !== null ? (
        <div>
          <label htmlFor="answer-progress" className="field-label">
            {t("corrective.forms.progress", { percent: progress })}
          </label>
          <progress id="answer-progress" max={100} value={progress} className="h-3 w-full" />
        </div>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? t("corrective.forms.sending") : submitLabel}
      </Button>
    </form>
  );
}
