import type { RecordDetail } from "@/lib/documents/loaders";
import type { Translate } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";

/** The record's whole thread, oldest first: submissions (with the unit's note), reviews with their comments. */
export function RecordThread({ record, t }: { record: RecordDetail; t: Translate }) {
  const numberOf = new Map(record.versions.map((v) => [v.id, v.number]));
  return (
    <ol className="space-y-3 text-sm">
      {record.events.map((e) => (
        <li
          key={e.id}
          className={`border-l-4 pl-3 ${e.action === "revision_requested" ? "border-red-700" : e.action === "accepted" ? "border-green-700" : "border-slate-400"}`}
        >
          <p className="font-semibold">
            {t(`documents.events.${e.action as "submitted" | "accepted" | "revision_requested"}`, {
              version: (e.versionId && numberOf.get(e.versionId)) || "",
            })}
          </p>
          <p className="text-slate-700">
            {formatDateTime(e.at)}
            {e.actorId ? ` · ${record.people[e.actorId] ?? ""}` : ""}
          </p>
          {e.comment ? <p className="whitespace-pre-line">{e.comment}</p> : null}
        </li>
      ))}
    </ol>
  );
}
