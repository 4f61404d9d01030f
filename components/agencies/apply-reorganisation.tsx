"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { applyReorganisationAction } from "@/lib/agencies/actions";

export function ApplyReorganisation({ changeSetKey }: { changeSetKey: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(applyReorganisationAction, idleState);
  return (
    <form action={action} className="space-y-3">
      <FormStatus state={state} />
      <input type="hidden" name="key" value={changeSetKey} />
      {state.status !== "success" ? (
        <Button type="submit" disabled={pending}>{pending ? t("agencies.reorganisation.applying") : t("agencies.reorganisation.apply")}</Button>
      ) : null}
    </form>
  );
}
