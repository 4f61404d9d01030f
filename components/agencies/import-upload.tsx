"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useT } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { postWithProgress } from "@/components/uploads/post-with-progress";

type Progress = { label: string; value: number | null } | null;

/**
 * Uploads the file with the upload client (components/uploads: upload progress) and reads the server's
 * newline-delimited progress events as they arrive, then opens the dry-run report.
 */
export function ImportUpload() {
  const t = useT();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<Progress>(null);
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setError(t("agencies.import.noFile"));
      input.current?.focus();
      return;
    }
    setError(null);
    const body = new FormData();
    body.set("file", file);
    const handle = (line: string) => {
      // A refusal before the upload was read (lib/uploads/respond.ts: `{ code, message }`) is an error too.
      const event = JSON.parse(line) as {
        phase?: string;
        code?: string;
        total?: number;
        done?: number;
        id?: string;
        message?: string;
      };
      if (event.phase === "parsed")
        setProgress({ label: t("agencies.import.validating", { done: 0, total: event.total ?? 0 }), value: 0 });
      if (event.phase === "validating")
        setProgress({
          label: t("agencies.import.validating", { done: event.done ?? 0, total: event.total ?? 0 }),
          value: (event.done ?? 0) / (event.total || 1),
        });
      if (event.phase === "done" && event.id) router.push(`/co-quan/nhap/${event.id}`);
      if (event.phase === "error" || event.code) {
        setProgress(null);
        setError(event.message ?? t("auth.ERROR"));
      }
    };
    void postWithProgress("/api/agencies/import", body, {
      onProgress: ({ percent, loaded, total }) =>
        setProgress({ label: t("agencies.import.uploading", { percent }), value: loaded / total }),
      onSent: () => setProgress({ label: t("agencies.import.parsing"), value: null }),
      onLine: handle,
    }).then((result) => {
      if (result.kind !== "network") return;
      setProgress(null);
      setError(t("auth.ERROR"));
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Alert tone="error">{error}</Alert>
      <div>
        <label htmlFor="file" className="field-label">
          {t("agencies.import.file")}
        </label>
        <p id="file-hint" className="text-sm text-slate-700">
          {t("agencies.import.columnsHint")}
        </p>
        <input
          ref={input}
          id="file"
          name="file"
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-describedby="file-hint"
          className="mt-1 block w-full rounded-md border border-slate-500 p-2"
        />
      </div>
      <div role="status" aria-live="polite">
        {progress ? (
          <div className="space-y-1">
            <p className="text-sm">{progress.label}</p>
            <progress className="h-3 w-full" max={1} value={progress.value ?? undefined} aria-label={progress.label} />
          </div>
        ) : null}
      </div>
      <Button type="submit" disabled={progress !== null}>
        {t("agencies.import.upload")}
      </Button>
    </form>
  );
}
