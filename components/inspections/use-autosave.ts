"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { checkSessionAction } from "@/lib/auth/actions";
import { saveInspectionItemAction } from "@/lib/inspections/actions";
import type { ItemConflict } from "@/lib/inspections/loaders";
import type { ItemResultValue } from "@/lib/inspections/constants";
import type { FindingView, ItemView } from "./types";

export type SaveStatus = "idle" | "saving" | "saved" | "error" | "offline" | "conflict";
export type ItemState = {
  result: ItemResultValue | null;
  note: string;
  version: number;
  status: SaveStatus;
  savedAt: string | null;
  message?: string;
  conflict?: ItemConflict;
  finding: FindingView | null;
};
type Pending = { result: ItemResultValue | null; note: string; version: number };

const noteDelay = 800;
const retryEvery = 15_000;

/**
 * Per-item autosave. Each change is kept in localStorage until the server confirms it, so a dropped
 * connection loses nothing: failed saves are retried when the browser comes back online and every 15 s.
 * One save per item at a time; a change made meanwhile is sent when the running save returns, with the new
 * version. A CONFLICT (someone saved the item first) is kept for the user to resolve, never overwritten.
 */
export function useAutosave(inspectionId: string, items: ItemView[], enabled: boolean) {
  const storageKey = `inspection:${inspectionId}`;
  const [state, setState] = useState<Record<string, ItemState>>(() =>
    Object.fromEntries(
      items.map((i) => [
        i.id,
        { result: i.result, note: i.note, version: i.version, status: "idle", savedAt: i.savedAt, finding: i.finding },
      ]),
    ),
  );
  // The source of truth between renders (saves read it after awaiting); state mirrors it for rendering.
  const current = useRef(state);
  const saveRef = useRef<(itemId: string) => Promise<void>>(async () => {});
  const inFlight = useRef(new Set<string>());
  const again = useRef(new Set<string>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const stored = useCallback((): Record<string, Pending> => {
    try {
      return JSON.parse(window.localStorage.getItem(storageKey) ?? "{}") as Record<string, Pending>;
    } catch {
      return {};
    }
  }, [storageKey]);
  const store = useCallback(
    (itemId: string, value: Pending | null) => {
      const all = stored();
      if (value) all[itemId] = value;
      else delete all[itemId];
      if (Object.keys(all).length) window.localStorage.setItem(storageKey, JSON.stringify(all));
      else window.localStorage.removeItem(storageKey);
    },
    [storageKey, stored],
  );
  const patch = useCallback((itemId: string, change: Partial<ItemState>) => {
    const next = { ...current.current, [itemId]: { ...current.current[itemId]!, ...change } };
    current.current = next;
    setState(next);
  }, []);

  const save = useCallback(
    async (itemId: string) => {
      if (inFlight.current.has(itemId)) {
        again.current.add(itemId);
        return;
      }
      const item = current.current[itemId]!;
      const sent = { result: item.result, note: item.note, version: item.version };
      inFlight.current.add(itemId);
      patch(itemId, { status: "saving", message: undefined });
      try {
        const response = await saveInspectionItemAction(
          { status: "idle" },
          { inspectionId, itemId, ...sent, result: sent.result ?? "" },
        );
        if (response.status === "success") {
          const now = current.current[itemId]!;
          const changedMeanwhile = now.result !== sent.result || now.note !== sent.note;
          patch(itemId, {
            version: response.data.version,
            status: changedMeanwhile ? "saving" : "saved",
            savedAt: response.data.savedAt,
            finding: response.data.finding,
          });
          if (changedMeanwhile) again.current.add(itemId);
          else store(itemId, null);
        } else if (response.status === "error" && response.code === "CONFLICT" && response.details?.current) {
          patch(itemId, {
            status: "conflict",
            conflict: response.details.current as ItemConflict,
            message: response.message,
          });
          again.current.delete(itemId);
        } else if (response.status === "error") {
          patch(itemId, { status: "error", message: response.message });
          again.current.delete(itemId);
        }
      } catch {
        // No answer (network down, server restarting): the change stays in localStorage for the retry.
        patch(itemId, { status: "offline" });
        again.current.delete(itemId);
      } finally {
        inFlight.current.delete(itemId);
        if (again.current.delete(itemId)) void saveRef.current(itemId);
      }
    },
    [inspectionId, patch, store],
  );
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  /** A change by the user: result changes save at once, note edits after a pause in typing. */
  const change = useCallback(
    (itemId: string, value: Partial<Pick<ItemState, "result" | "note">>, immediate: boolean) => {
      if (!enabled) return;
      const item = { ...current.current[itemId]!, ...value };
      patch(itemId, value);
      store(itemId, { result: item.result, note: item.note, version: item.version });
      clearTimeout(timers.current.get(itemId));
      if (current.current[itemId]!.status === "conflict") return;
      if (immediate) void save(itemId);
      else
        timers.current.set(
          itemId,
          setTimeout(() => void save(itemId), noteDelay),
        );
    },
    [enabled, patch, save, store],
  );

  /** Conflict: save mine on top of the version now current, or take the saved value. */
  const keepMine = useCallback(
    (itemId: string) => {
      const conflict = current.current[itemId]!.conflict;
      if (!conflict) return;
      patch(itemId, { version: conflict.version, conflict: undefined });
      void save(itemId);
    },
    [patch, save],
  );
  const takeTheirs = useCallback(
    (itemId: string) => {
      const conflict = current.current[itemId]!.conflict;
      if (!conflict) return;
      patch(itemId, {
        result: conflict.result as ItemResultValue | null,
        note: conflict.note,
        version: conflict.version,
        conflict: undefined,
        status: "saved",
        savedAt: conflict.at,
      });
      store(itemId, null);
    },
    [patch, store],
  );

  /**
   * Sends the saves that failed again. The session is checked first: after a long time offline it may have
   * expired, and the user is then told so once per item (the changes stay in this browser) instead of seeing
   * every save fail with a different message.
   */
  const retryAll = useCallback(async () => {
    const waiting = Object.entries(current.current).filter(
      ([, item]) => item.status === "offline" || item.status === "error",
    );
    if (!waiting.length) return;
    let session;
    try {
      session = await checkSessionAction({ status: "idle" }, {});
    } catch {
      return; // still no connection: the next retry asks again
    }
    if (session.status === "error") {
      for (const [itemId] of waiting) patch(itemId, { status: "error", message: session.message });
      return;
    }
    for (const [itemId] of waiting) void save(itemId);
  }, [patch, save]);

  useEffect(() => {
    if (!enabled) return;
    // Changes left unsaved by an earlier visit (closed tab, lost connection) are sent again.
    for (const [itemId, pending] of Object.entries(stored())) {
      if (!current.current[itemId]) continue;
      patch(itemId, pending);
      void save(itemId);
    }
    const retry = () => void retryAll();
    const interval = setInterval(retry, retryEvery);
    window.addEventListener("online", retry);
    const warn = (event: BeforeUnloadEvent) => {
      if (
        Object.values(current.current).some(
          (i) => i.status === "saving" || i.status === "offline" || i.status === "error",
        ) ||
        (timers.current.size > 0 && Object.keys(stored()).length)
      )
        event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      clearInterval(interval);
      window.removeEventListener("online", retry);
      window.removeEventListener("beforeunload", warn);
    };
  }, [enabled, patch, retryAll, save, stored]);

  return { state, change, keepMine, takeTheirs, retry: save };
}
