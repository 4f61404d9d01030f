"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { echoed, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { createUserAction } from "@/lib/users/actions";
import { RoleAndAgencyFields, type AgencyOption } from "./user-fields";

export function CreateUserForm({ agencies }: { agencies: AgencyOption[] }) {
  const t = useT();
  const [state, action, pending] = useActionState(createUserAction, idleState);
  const errors = (name: string) => fieldErrors(state, name);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus
        state={
          state.status === "success"
            ? {
                status: "success",
                message: `${state.message} ${t("users.temporaryPassword")}: ${state.data.temporaryPassword}. ${t("users.temporaryPasswordHint")}`,
              }
            : state
        }
      />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          label={t("users.name")}
          name="name"
          autoComplete="off"
          required
          defaultValue={echoed(state, "name")}
          errors={errors("name")}
        />
        <TextField
          label={t("users.email")}
          name="email"
          type="email"
          autoComplete="off"
          required
          defaultValue={echoed(state, "email")}
          errors={errors("email")}
        />
        <RoleAndAgencyFields
          agencies={agencies}
          role={echoed(state, "role") || undefined}
          agencyId={echoed(state, "agencyId")}
          errors={errors}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("users.saving") : t("users.create")}
      </Button>
    </form>
  );
}
