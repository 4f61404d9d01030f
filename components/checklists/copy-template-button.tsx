"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { copyChecklistAction } from "@/lib/checklists/actions";

/** Copies a version into a new draft of its standard and opens the draft. */
export function CopyTemplateButton({ fromId, version }: { fromId: string; version: number }) {
  const t = useT();
  const router = useRouter();
  const [state, action, pending] = useActionState(copyChecklistAction, idleState);
  useEffect(() => {
    if (state.status === "success") router.push(`/bang-kiem/${state.data.id}`);
  }, [state, router]);
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="fromId" value={fromId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("checklists.copyLabel", { version })}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
