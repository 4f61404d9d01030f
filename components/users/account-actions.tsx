"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { resetUserPasswordAction, setUserStatusAction } from "@/lib/users/actions";

/** Disable or enable an account, and reset its password. */
export function AccountActions({ user }: { user: { id: string; status: "ACTIVE" | "DISABLED" } }) {
  const t = useT();
  const [statusState, statusAction, statusPending] = useActionState(setUserStatusAction, idleState);
  const [resetState, resetAction, resetPending] = useActionState(resetUserPasswordAction, idleState);
  const next = user.status === "ACTIVE" ? "DISABLED" : "ACTIVE";
  return (
    <div className="space-y-4">
      <form action={statusAction} className="space-y-2">
        <FormStatus state={statusState} />
        <input type="hidden" name="id" value={user.id} />
        <input type="hidden" name="status" value={next} />
        <Button type="submit" variant={next === "DISABLED" ? "danger" : "secondary"} disabled={statusPending}>
          {next === "DISABLED" ? t("users.disable") : t("users.enable")}
        </Button>
      </form>
      <form action={resetAction} className="space-y-2">
        <FormStatus state={resetState} />
        <input type="hidden" name="id" value={user.id} />
        <Button type="submit" variant="secondary" disabled={resetPending}>
          {t("users.resetPassword")}
        </Button>
        <p className="text-sm text-slate-700">{t("users.temporaryPasswordHint")}</p>
      </form>
    </div>
  );
}
