"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { addMemberAction, removeMemberAction } from "@/lib/plans/actions";

export function AddMemberForm({ planId, people }: { planId: string; people: { value: string; label: string }[] }) {
  const t = useT();
  const [state, action, pending] = useActionState(addMemberAction, idleState);
  return (
    <form action={action} className="grid gap-3 md:grid-cols-[2fr_1fr_auto] md:items-end" noValidate>
      <div className="md:col-span-3">
        <FormStatus state={state} />
      </div>
      <input type="hidden" name="planId" value={planId} />
      <SelectField
        label={t("plans.team.person")}
        name="userId"
        options={people}
        errors={fieldErrors(state, "userId")}
      />
      <SelectField
        label={t("plans.team.role")}
        name="role"
        defaultValue="MEMBER"
        errors={fieldErrors(state, "role")}
        options={(["LEAD", "MEMBER", "SECRETARY"] as const).map((r) => ({
          value: r,
          label: t(`plans.team.roles.${r}`),
        }))}
      />
      <Button type="submit" disabled={pending}>
        {t("plans.team.add")}
      </Button>
    </form>
  );
}

export function RemoveMemberButton({ planId, memberId, name }: { planId: string; memberId: string; name: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(removeMemberAction, idleState);
  return (
    <form action={action}>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="memberId" value={memberId} />
      {state.status === "error" ? <FormStatus state={state} /> : null}
      <Button type="submit" variant="ghost" disabled={pending} aria-label={`${t("plans.team.remove")}: ${name}`}>
        {t("plans.team.remove")}
      </Button>
    </form>
  );
}
