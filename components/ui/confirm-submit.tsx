"use client";

import { useState } from "react";
import { Button } from "./button";

type Props = {
  /** The first button, and the name of the confirmation group. */
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  pending: boolean;
};

/**
 * A submit that asks first: the button opens a question with "confirm" (the form's submit, which also
 * sends `confirm=yes`, required by the action's schema) and "cancel". Place inside the form.
 */
export function ConfirmSubmit({ label, question, confirmLabel, cancelLabel, pending }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={label} className="space-y-3 rounded-md border border-red-300 bg-red-50 p-3">
      <p className="text-slate-900">{question}</p>
      <input type="hidden" name="confirm" value="yes" />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" disabled={pending} autoFocus>
          {confirmLabel}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => setAsking(false)}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
