"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { addRecordEvidenceAction, removeEvidenceAction } from "@/lib/inspections/actions";
import { EvidenceUpload } from "./evidence-upload";
import type { EvidenceView } from "./types";

export type RecordOption = { value: string; label: string };

const control =
  "block w-full min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-base focus:outline-3 focus:outline-amber-500";

type Props = {
  inspectionId: string;
  itemId: string;
  code: string;
  evidence: EvidenceView[];
  records: RecordOption[];
  editable: boolean;
  maxFileBytes: number;
};

/** How one piece of evidence reads: a photo as a thumbnail opening the full image, a file by name and size. */
function EvidenceEntry({ e }: { e: EvidenceView }) {
  const t = useT();
  if (!e.href) return <span>{e.label}</span>;
  if (e.image) {
    return (
      <a
        href={`${e.href}?xem=1`}
        target="_blank"
        rel="noopener"
        className="inline-flex items-center gap-2 text-blue-800 underline focus-visible:outline-3 focus-visible:outline-amber-500"
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- an authenticated API route, not an optimisable static image */}
        <img
          src={`${e.href}?xem=1`}
          alt={t("inspections.evidence.view", { name: e.label })}
          loading="lazy"
          className="h-16 w-16 rounded border border-slate-300 object-cover"
        />
        <span>
          {e.label}
          {e.size ? ` (${e.size})` : ""}
        </span>
      </a>
    );
  }
  return (
    <a className="text-blue-800 underline" href={e.href}>
      {e.label}
      {e.size ? ` (${e.size})` : ""}
    </a>
  );
}

/** An item's evidence: records of the unit and files linked to it, and (when editable) the forms to add more. */
export function EvidenceList({ inspectionId, itemId, code, evidence, records, editable, maxFileBytes }: Props) {
  const t = useT();
  const [added, add, adding] = useActionState(addRecordEvidenceAction, idleState);
  const [removed, remove, removing] = useActionState(removeEvidenceAction, idleState);
  if (!editable && !evidence.length) return null;
  return (
    <details className="mt-3 text-sm" open={evidence.length > 0}>
      <summary className="min-h-11 cursor-pointer py-2 font-medium text-blue-800 focus-visible:outline-3 focus-visible:outline-amber-500">
        {t("inspections.evidence.title")} ({evidence.length})
      </summary>
      {evidence.length ? (
        <ul className="space-y-1">
          {evidence.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center gap-2">
              <EvidenceEntry e={e} />
              {e.caption ? <span className="text-slate-700">— {e.caption}</span> : null}
              {editable ? (
                <form action={remove}>
                  <input type="hidden" name="inspectionId" value={inspectionId} />
                  <input type="hidden" name="evidenceId" value={e.id} />
                  <Button
                    type="submit"
                    variant="ghost"
                    disabled={removing}
                    aria-label={`${t("inspections.evidence.remove")}: ${e.label}`}
                  >
                    {t("inspections.evidence.remove")}
                  </Button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t("inspections.evidence.none")}</p>
      )}
      {removed.status === "error" ? <FormStatus state={removed} /> : null}
      {editable ? (
        records.length ? (
          <form action={add} className="mt-2 grid gap-2 sm:grid-cols-[2fr_1fr_auto] sm:items-end" noValidate>
            <input type="hidden" name="inspectionId" value={inspectionId} />
            <input type="hidden" name="itemId" value={itemId} />
            <div>
              <label htmlFor={`record-${itemId}`} className="block font-semibold">
                {t("inspections.evidence.record")} ({code})
              </label>
              <select id={`record-${itemId}`} name="recordVersionId" className={control}>
                {records.map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`caption-${itemId}`} className="block font-semibold">
                {t("inspections.evidence.caption")}
              </label>
              <input id={`caption-${itemId}`} name="caption" className={control} />
            </div>
            <Button type="submit" variant="secondary" disabled={adding}>
              {t("inspections.evidence.addRecord")}
            </Button>
            <div className="sm:col-span-3">
              <FormStatus state={added} />
            </div>
          </form>
        ) : (
          <p className="mt-1 text-slate-700">{t("inspections.evidence.noRecords")}</p>
        )
      ) : null}
      {editable ? (
        <EvidenceUpload inspectionId={inspectionId} itemId={itemId} code={code} maxFileBytes={maxFileBytes} />
      ) : null}
    </details>
  );
}
