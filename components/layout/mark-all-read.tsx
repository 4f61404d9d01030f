"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { markAllReadAction } from "@/lib/notifications/actions";

export function MarkAllRead() {
  const t = useT();
  const [state, action, pending] = useActionState(markAllReadAction, idleState);
  return (
    <form action={action}>
      {state.status === "error" ? <FormStatus state={state} /> : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("notifications.markAllRead")}
      </Button>
    </form>
  );
}
