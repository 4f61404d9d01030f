"use client";

import { Alert } from "./alert";

type State = { status: "idle" } | { status: "success"; message?: string } | { status: "error"; message: string };

/** The form-level message of an action, in a live region. */
export function FormStatus({ state, id }: { state: State; id?: string }) {
  if (state.status === "success")
    return (
      <Alert tone="success" id={id}>
        {state.message}
      </Alert>
    );
  if (state.status === "error")
    return (
      <Alert tone="error" id={id}>
        {state.message}
      </Alert>
    );
  return <Alert tone="info" id={id} />;
}

export function fieldErrors(state: { status: string; fieldErrors?: Record<string, string[]> }, name: string) {
  return state.status === "error" ? state.fieldErrors?.[name] : undefined;
}

type Echo = { status: string; values?: Record<string, string | string[]> };

/** After a refused submission, what the user had typed in a field; otherwise the fallback. */
export function echoed(state: Echo, name: string, fallback = "") {
  if (state.status !== "error") return fallback;
  const value = state.values?.[name];
  return typeof value === "string" ? value : (value?.[0] ?? "");
}

/** The same for a group of checkboxes sharing one name: the values that were ticked. */
export function echoedList(state: Echo, name: string, fallback: string[]): string[] {
  if (state.status !== "error") return fallback;
  const value = state.values?.[name];
  return value === undefined ? [] : typeof value === "string" ? [value] : value;
}
