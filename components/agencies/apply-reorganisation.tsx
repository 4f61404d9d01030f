"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { applyReorganisationAction } from "@/lib/agencies/actions";

/** `applicable`: not applied yet and every old unit still in force; otherwise only an outcome just reached shows. */
export function ApplyReorganisation({ changeSetKey, applicable }: { changeSetKey: string; applicable: boolean }) {
  const t = useT();
  const [state, action, pending] = useActionState(applyReorganisationAction, idleState);
  return (
    <form action={action} className="space-y-3">
      <FormStatus state={state} />
      <input type="hidden" name="key" value={changeSetKey} />
      {applicable && state.status !== "success" ? (
        <Button type="submit" disabled={pending}>
          {pending ? t("agencies.reorganisation.applying") : t("agencies.reorganisation.apply")}
        </Button>
      ) : null}
    </form>
  );
}
