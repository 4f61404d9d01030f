"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { echoed, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { updateUserAction } from "@/lib/users/actions";
import { RoleAndAgencyFields, type AgencyOption } from "./user-fields";

export function EditUserForm({
  user,
  agencies,
}: {
  user: { id: string; name: string; role: string; agencyId: string | null };
  agencies: AgencyOption[];
}) {
  const t = useT();
  const [state, action, pending] = useActionState(updateUserAction, idleState);
  const errors = (name: string) => fieldErrors(state, name);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="id" value={user.id} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          label={t("users.name")}
          name="name"
          required
          defaultValue={echoed(state, "name", user.name)}
          errors={errors("name")}
        />
        <RoleAndAgencyFields
          agencies={agencies}
          role={echoed(state, "role", user.role)}
          agencyId={echoed(state, "agencyId", user.agencyId ?? "")}
          errors={errors}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("users.saving") : t("users.save")}
      </Button>
    </form>
  );
}
