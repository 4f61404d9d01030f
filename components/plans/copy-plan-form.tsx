"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { echoed, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { copyPlanAction } from "@/lib/plans/actions";

export function CopyPlanForm({ plans }: { plans: { value: string; label: string }[] }) {
  const t = useT();
  const router = useRouter();
  const [state, action, pending] = useActionState(copyPlanAction, idleState);
  useEffect(() => {
    if (state.status === "success") router.push(`/ke-hoach/${state.data.id}`);
  }, [state, router]);
  const errors = (name: string) => fieldErrors(state, name);
  return (
    <form action={action} className="grid gap-4 md:grid-cols-4 md:items-end" noValidate>
      <div className="md:col-span-4">
        <FormStatus state={state} />
      </div>
      <SelectField
        label={t("plans.copy")}
        name="fromId"
        options={plans}
        defaultValue={echoed(state, "fromId")}
        errors={errors("fromId")}
      />
      <TextField
        label={t("plans.year")}
        name="year"
        inputMode="numeric"
        defaultValue={echoed(state, "year")}
        errors={errors("year")}
      />
      <TextField
        label={t("plans.number")}
        name="number"
        placeholder="05/KH-SKHCN"
        defaultValue={echoed(state, "number")}
        errors={errors("number")}
      />
      <TextField
        label={t("plans.issuedOn")}
        name="issuedOn"
        placeholder="dd/mm/yyyy"
        defaultValue={echoed(state, "issuedOn")}
        errors={errors("issuedOn")}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {t("plans.copy")}
        </Button>
      </div>
    </form>
  );
}
