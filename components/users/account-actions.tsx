"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { resetUserPasswordAction, setUserStatusAction, signOutUserEverywhereAction } from "@/lib/users/actions";

/** Disable or enable an account, reset its password, end its sessions. */
export function AccountActions({
  user,
}: {
  user: { id: string; name: string; status: "ACTIVE" | "DISABLED"; liveSessions: number };
}) {
  const t = useT();
  const [statusState, statusAction, statusPending] = useActionState(setUserStatusAction, idleState);
  const [resetState, resetAction, resetPending] = useActionState(resetUserPasswordAction, idleState);
  const [sessionsState, sessionsAction, sessionsPending] = useActionState(signOutUserEverywhereAction, idleState);
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
      <form action={sessionsAction} className="space-y-2">
        <FormStatus state={sessionsState} />
        <input type="hidden" name="id" value={user.id} />
        <p className="text-sm text-slate-700">{t("users.liveSessions", { count: user.liveSessions })}</p>
        <ConfirmSubmit
          label={t("users.signOutEverywhere")}
          question={t("users.signOutEverywhereConfirm", { name: user.name })}
          confirmLabel={t("users.confirm")}
          cancelLabel={t("users.cancelConfirm")}
          pending={sessionsPending}
        />
      </form>
    </div>
  );
}
