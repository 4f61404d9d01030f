"use client";

import { Alert } from "./alert";

type State = { status: "idle" } | { status: "success"; message?: string } | { status: "error"; message: string };

/** The form-level message of an action, in a live region. */
export function FormStatus({ state, id }: { state: State; id?: string }) {
  if (state.status === "success") return <Alert tone="success" id={id}>{state.message}</Alert>;
  if (state.status === "error") return <Alert tone="error" id={id}>{state.message}</Alert>;
  return <Alert tone="info" id={id} />;
}

export function fieldErrors(state: { status: string; fieldErrors?: Record<string, string[]> }, name: string) {
  return state.status === "error" ? state.fieldErrors?.[name] : undefined;
}

export function echoed(state: { status: string; values?: Record<string, string> }, name: string, fallback = "") {
  return state.status === "error" ? (state.values?.[name] ?? fallback) : fallback;
}
