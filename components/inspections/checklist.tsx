"use client";

import { useCallback, useRef, type KeyboardEvent } from "react";
import { useT } from "@/components/i18n-provider";
import { itemResults } from "@/lib/inspections/constants";
import { ChecklistItem } from "./checklist-item";
import type { RecordOption } from "./evidence-list";
import { ScoreLine } from "./score-line";
import type { ItemGroup } from "./types";
import { useAutosave } from "./use-autosave";

const typing = (el: EventTarget) =>
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement ||
  (el instanceof HTMLInputElement && el.type !== "radio" && el.type !== "checkbox");

/**
 * The checklist being filled in: groups by standard and clause, a progress bar, per-item autosave, and the
 * keyboard shortcuts listed in the help line (J/K or Alt+↓/↑ between items, 1–5 for the result).
 */
export function Checklist({
  inspectionId,
  groups,
  editable,
  records,
  maxFileBytes,
}: {
  inspectionId: string;
  groups: ItemGroup[];
  editable: boolean;
  records: RecordOption[];
  maxFileBytes: number;
}) {
  const t = useT();
  const items = groups.flatMap((g) => g.items);
  const { state, change, keepMine, takeTheirs, retry } = useAutosave(inspectionId, items, editable);
  const list = useRef<HTMLDivElement>(null);
  const done = items.filter((i) => state[i.id]?.result).length;
  const pending = Object.values(state).filter((s) => s.status === "offline" || s.status === "error").length;

  const focusItem = useCallback((index: number) => {
    const el = list.current?.querySelector<HTMLElement>(`[data-item-index="${index}"]`);
    if (!el) return;
    const radio =
      el.querySelector<HTMLInputElement>("input[type=radio]:checked") ??
      el.querySelector<HTMLInputElement>("input[type=radio]");
    radio?.focus();
    el.scrollIntoView({ block: "nearest" });
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!editable || event.ctrlKey || event.metaKey) return;
    const host = (event.target as HTMLElement).closest<HTMLElement>("[data-item-index]");
    if (!host) return;
    const index = Number(host.dataset.itemIndex);
    const key = event.key.toLowerCase();
    const next = (event.altKey && event.key === "ArrowDown") || (!event.altKey && !typing(event.target) && key === "j");
    const previous =
      (event.altKey && event.key === "ArrowUp") || (!event.altKey && !typing(event.target) && key === "k");
    if (next || previous) {
      event.preventDefault();
      focusItem(Math.min(items.length - 1, Math.max(0, index + (next ? 1 : -1))));
      return;
    }
    const digit = Number(event.key);
    if (!event.altKey && !typing(event.target) && digit >= 1 && digit <= itemResults.length) {
      event.preventDefault();
      const result = itemResults[digit - 1]!;
      change(host.dataset.itemId!, { result }, true);
      host.querySelector<HTMLInputElement>(`input[type=radio][value="${result}"]`)?.focus();
    }
  };

  const starts = groups.map((_, g) => groups.slice(0, g).reduce((n, x) => n + x.items.length, 0));
  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 space-y-2 border-b border-slate-300 bg-slate-50/95 py-3">
        <div className="flex items-center gap-3">
          <div
            role="progressbar"
            aria-label={t("inspections.progressLabel")}
            aria-valuemin={0}
            aria-valuemax={items.length}
            aria-valuenow={done}
            aria-valuetext={t("inspections.progressValue", { done, total: items.length })}
            className="h-3 flex-1 overflow-hidden rounded-full bg-slate-200"
          >
            <div
              className="h-full bg-blue-800 transition-[width]"
              style={{ width: `${items.length ? (done / items.length) * 100 : 0}%` }}
            />
          </div>
          <span className="text-sm font-semibold tabular-nums">
            {t("inspections.progressValue", { done, total: items.length })}
          </span>
        </div>
        <ScoreLine
          items={items.map((i) => ({
            standard: i.standard,
            clauseGroup: i.clauseGroup,
            clause: i.clause,
            result: state[i.id]?.result ?? null,
          }))}
        />
        {editable ? (
          <p id="checklist-help" className="text-sm text-slate-700">
            {t("inspections.checklist.help")}
          </p>
        ) : null}
        <div role="status" aria-live="polite" className="text-sm text-red-800">
          {pending ? t("inspections.checklist.pending", { count: pending }) : null}
        </div>
      </div>
      <div
        ref={list}
        onKeyDown={onKeyDown}
        aria-describedby={editable ? "checklist-help" : undefined}
        className="space-y-6"
      >
        {groups.map((group, g) => (
          <section key={group.key} aria-labelledby={`group-${group.key}`}>
            <h3 id={`group-${group.key}`} className="mb-2 text-base font-bold text-slate-900">
              {group.standardLabel}
              {group.label ? ` — ${group.label}` : ""}
            </h3>
            <ol className="space-y-3">
              {group.items.map((item, n) => {
                return (
                  <ChecklistItem
                    key={item.id}
                    inspectionId={inspectionId}
                    index={starts[g]! + n}
                    item={item}
                    state={state[item.id]!}
                    editable={editable}
                    records={records}
                    maxFileBytes={maxFileBytes}
                    onChange={change}
                    onKeepMine={keepMine}
                    onTakeTheirs={takeTheirs}
                    onRetry={retry}
                  />
                );
              })}
            </ol>
          </section>
        ))}
      </div>
    </div>
  );
}
