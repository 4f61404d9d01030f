"use client";

import { signOut } from "@/components/auth/session-client";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { changePasswordAction } from "@/lib/users/actions";

/** After a change every session ends, this one too: the user signs in again with the new password. */
export function ChangePasswordForm() {
  const t = useT();
  const router = useRouter();
  const [state, action, pending] = useActionState(changePasswordAction, idleState);
  useEffect(() => {
    if (state.status === "success") {
      void signOut({ redirect: false }).then(() => {
        router.replace("/dang-nhap?reason=password");
        router.refresh();
      });
    }
  }, [state.status, router]);
  const errors = (name: string) => fieldErrors(state, name);
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      <FormStatus
        state={state.status === "success" ? { status: "success", message: t("auth.passwordChanged") } : state}
      />
      <TextField
        label={t("auth.currentPassword")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={errors("currentPassword")}
      />
      <TextField
        label={t("auth.newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint={t("auth.passwordRule")}
        errors={errors("newPassword")}
      />
      <TextField
        label={t("auth.confirmPassword")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={errors("confirmPassword")}
      />
      <Button type="submit" disabled={pending || state.status === "success"}>
        {t("auth.changePasswordSubmit")}
      </Button>
    </form>
  );
}
