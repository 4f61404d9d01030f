"use client";

import { memo } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/i18n/format";
import { itemResults, type ItemResultValue } from "@/lib/inspections/constants";
import { EvidenceList, type RecordOption } from "./evidence-list";
import { FindingForm } from "./finding-form";
import type { ItemView } from "./types";
import type { ItemState } from "./use-autosave";

const time = (iso: string | null) => (iso ? formatDateTime(iso).slice(0, 5) : "");
const tones: Record<ItemResultValue, string> = {
  CONFORM: "peer-checked:bg-green-700",
  MINOR_NC: "peer-checked:bg-amber-700",
  MAJOR_NC: "peer-checked:bg-red-700",
  RECOMMENDATION: "peer-checked:bg-blue-800",
  NOT_APPLICABLE: "peer-checked:bg-slate-700",
};

type Props = {
  inspectionId: string;
  index: number;
  item: ItemView;
  state: ItemState;
  editable: boolean;
  records: RecordOption[];
  maxFileBytes: number;
  onChange: (itemId: string, value: Partial<Pick<ItemState, "result" | "note">>, immediate: boolean) => void;
  onKeepMine: (itemId: string) => void;
  onTakeTheirs: (itemId: string) => void;
  onRetry: (itemId: string) => void;
};

/** One checklist item: the five results as a native radio group (arrow keys), a note, its finding and evidence. */
export const ChecklistItem = memo(function ChecklistItem({
  inspectionId,
  index,
  item,
  state,
  editable,
  records,
  maxFileBytes,
  onChange,
  onKeepMine,
  onTakeTheirs,
  onRetry,
}: Props) {
  const t = useT();
  const name = `result-${item.id}`;
  const status =
    state.status === "saving"
      ? t("inspections.checklist.saving")
      : state.status === "saved"
        ? t("inspections.checklist.savedAt", { time: time(state.savedAt) })
        : state.status === "offline"
          ? t("inspections.checklist.offline")
          : state.status === "error"
            ? (state.message ?? t("inspections.checklist.saveFailed"))
            : null;
  return (
    <li
      data-item-index={index}
      data-item-id={item.id}
      className="scroll-mt-24 rounded-lg border border-slate-300 bg-white p-4 focus-within:ring-3 focus-within:ring-amber-500"
    >
      <fieldset aria-describedby={`${name}-status`}>
        <legend className="text-base font-semibold text-slate-900">
          <span className="mr-2 rounded bg-slate-200 px-1.5 py-0.5 text-sm tabular-nums">{item.code}</span>
          <span className="mr-2 text-sm text-slate-700">{item.clause}</span>
          {item.title}
        </legend>
        {item.guidance ? (
          <details className="mt-2 text-sm text-slate-800">
            <summary className="min-h-11 cursor-pointer py-2 font-medium text-blue-800 focus-visible:outline-3 focus-visible:outline-amber-500">
              {t("inspections.checklist.guidance")}
            </summary>
            <p className="whitespace-pre-line">{item.guidance}</p>
          </details>
        ) : null}
        {editable ? (
          <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
            {itemResults.map((result, n) => (
              <label key={result} className="relative block">
                <input
                  type="radio"
                  name={name}
                  value={result}
                  checked={state.result === result}
                  onChange={() => onChange(item.id, { result }, true)}
                  className="peer absolute inset-0 h-full w-full cursor-pointer opacity-0"
                />
                <span
                  className={`flex min-h-12 items-center gap-2 rounded-md border-2 border-slate-400 px-3 py-2 text-sm font-semibold peer-checked:border-transparent peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-amber-500 ${tones[result]}`}
                >
                  <kbd aria-hidden="true" className="rounded border border-current px-1 text-xs">
                    {n + 1}
                  </kbd>
                  {t(`inspections.results.${result}`)}
                </span>
              </label>
            ))}
          </div>
        ) : (
          <p className="mt-2 text-sm font-semibold">
            {t("inspections.checklist.result")}:{" "}
            {state.result ? t(`inspections.results.${state.result}`) : t("inspections.notAssessed")}
          </p>
        )}
      </fieldset>
      {editable ? (
        <div className="mt-3 space-y-1">
          <label htmlFor={`note-${item.id}`} className="field-label">
            {t("inspections.checklist.note")} ({item.code})
          </label>
          <textarea
            id={`note-${item.id}`}
            rows={2}
            value={state.note}
            onChange={(e) => onChange(item.id, { note: e.target.value }, false)}
            className="block w-full rounded-md border border-slate-500 px-3 py-2 text-base focus:outline-3 focus:outline-amber-500"
          />
        </div>
      ) : state.note ? (
        <p className="mt-2 whitespace-pre-line text-sm">{state.note}</p>
      ) : null}
      <p
        id={`${name}-status`}
        className={`mt-2 flex min-h-6 flex-wrap items-center gap-2 text-sm ${state.status === "error" || state.status === "offline" ? "text-red-800" : "text-slate-700"}`}
      >
        {status}
        {state.status === "error" ? (
          <Button variant="ghost" onClick={() => onRetry(item.id)}>
            {t("inspections.checklist.retry")}
          </Button>
        ) : null}
      </p>
      {state.conflict ? (
        <div
          role="group"
          aria-label={t("inspections.errors.stale")}
          className="mt-2 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-sm"
        >
          <p className="font-semibold">
            {t("inspections.checklist.conflictTitle", {
              name: state.conflict.by ?? t("inspections.checklist.conflictSomeone"),
              time: time(state.conflict.at),
            })}
          </p>
          <dl className="mt-2 grid gap-2 sm:grid-cols-2">
            <div>
              <dt className="font-semibold">{t("inspections.checklist.theirs")}</dt>
              <dd>
                {state.conflict.result
                  ? t(`inspections.results.${state.conflict.result as ItemResultValue}`)
                  : t("inspections.notAssessed")}
                {state.conflict.note ? ` — ${state.conflict.note}` : ""}
              </dd>
            </div>
            <div>
              <dt className="font-semibold">{t("inspections.checklist.yours")}</dt>
              <dd>
                {state.result ? t(`inspections.results.${state.result}`) : t("inspections.notAssessed")}
                {state.note ? ` — ${state.note}` : ""}
              </dd>
            </div>
          </dl>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => onKeepMine(item.id)}>
              {t("inspections.checklist.keepMine")}
            </Button>
            <Button variant="secondary" onClick={() => onTakeTheirs(item.id)}>
              {t("inspections.checklist.useTheirs")}
            </Button>
          </div>
        </div>
      ) : null}
      {state.finding ? (
        <FindingForm key={`${state.finding.id}:${state.finding.version}`} finding={state.finding} editable={editable} />
      ) : null}
      <EvidenceList
        inspectionId={inspectionId}
        itemId={item.id}
        code={item.code}
        evidence={item.evidence}
        records={records}
        editable={editable}
        maxFileBytes={maxFileBytes}
      />
    </li>
  );
});
