"use client";

import { signOut } from "@/components/auth/session-client";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { useT } from "@/components/i18n-provider";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { signOutEverywhereAction } from "@/lib/users/actions";

/** Ends every session of the signed-in user on the server, then clears this browser's cookie too. */
export function SignOutEverywhereForm() {
  const t = useT();
  const router = useRouter();
  const [state, action, pending] = useActionState(signOutEverywhereAction, idleState);
  useEffect(() => {
    if (state.status === "success") {
      void signOut({ redirect: false }).then(() => {
        router.replace("/dang-nhap?reason=everywhere");
        router.refresh();
      });
    }
  }, [state.status, router]);
  return (
    <form action={action} className="max-w-xl space-y-3">
      <p className="text-slate-700">{t("auth.signOutEverywhereLead")}</p>
      <FormStatus
        state={state.status === "success" ? { status: "success", message: t("auth.signedOutEverywhere") } : state}
      />
      <ConfirmSubmit
        label={t("auth.signOutEverywhere")}
        question={t("auth.signOutEverywhereConfirm")}
        confirmLabel={t("users.confirm")}
        cancelLabel={t("users.cancelConfirm")}
        pending={pending || state.status === "success"}
      />
    </form>
  );
}
