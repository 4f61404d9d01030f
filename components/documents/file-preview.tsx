import { previewable } from "@/lib/documents/upload/preview";
import type { Translate } from "@/lib/i18n";

type File = { id: string; fileName: string; contentType: string };

/** PDFs and images of the selected version shown in the page; other types are only downloaded. */
export function FilePreview({ files, t }: { files: File[]; t: Translate }) {
  const shown = files.filter((f) => previewable(f.contentType));
  if (!shown.length) return <p className="text-sm text-slate-700">{t("documents.record.noPreview")}</p>;
  return (
    <div className="space-y-4">
      {shown.map((f) => {
        const src = `/api/ho-so/tep/${f.id}?xem=1`;
        return (
          <figure key={f.id} className="space-y-1">
            {previewable(f.contentType) === "pdf" ? (
              <iframe src={src} title={f.fileName} className="h-[70vh] w-full rounded border border-slate-300" />
            ) : (
              // eslint-disable-next-line @next/next/no-img-element -- a private, scope-checked file: next/image would cache it
              <img src={src} alt={f.fileName} className="max-h-[70vh] max-w-full rounded border border-slate-300" />
            )}
            <figcaption className="text-sm text-slate-700">{f.fileName}</figcaption>
          </figure>
        );
      })}
    </div>
  );
}
