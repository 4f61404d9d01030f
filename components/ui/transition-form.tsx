"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "./button";

type Variant = NonNullable<ButtonProps["variant"]>;

/**
 * One step of a workflow as its own small form: the record's id as a hidden field, the step's fields, its
 * status line, and one submit button that is disabled while the step is being sent (so a double click sends it
 * once). `pending` is the step's useActionState flag; without it the form's own status is used.
 */
export function TransitionForm({
  action,
  id,
  label,
  pendingLabel,
  pending,
  variant = "primary",
  status,
  children,
}: {
  action: (form: FormData) => void;
  /** Sent as the form field `id`. */
  id: string;
  label: string;
  /** The button's text while the step is being sent; the label when absent. */
  pendingLabel?: string;
  pending?: boolean;
  variant?: Variant;
  /** The step's own message (a live region), above the button. */
  status?: ReactNode;
  /** The step's fields. */
  children?: ReactNode;
}) {
  return (
    <form action={action} className="space-y-3 rounded-md border border-slate-300 p-4" noValidate>
      <input type="hidden" name="id" value={id} />
      {children}
      {status}
      <SubmitButton label={label} pendingLabel={pendingLabel} pending={pending} variant={variant} />
    </form>
  );
}

function SubmitButton({
  label,
  pendingLabel,
  pending,
  variant,
}: {
  label: string;
  pendingLabel?: string;
  pending?: boolean;
  variant: Variant;
}) {
  const form = useFormStatus();
  const busy = pending ?? form.pending;
  return (
    <Button type="submit" variant={variant} disabled={busy}>
      {busy && pendingLabel ? pendingLabel : label}
    </Button>
  );
}
