"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { echoedList, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { assignInspectionAction } from "@/lib/inspections/actions";

/** The members assigned to one inspection (team lead or DOST administrator). */
export function AssignForm({
  inspectionId,
  members,
  assigned,
}: {
  inspectionId: string;
  members: { value: string; label: string }[];
  assigned: string[];
}) {
  const t = useT();
  const [state, action, pending] = useActionState(assignInspectionAction, idleState);
  if (!members.length) return <p>{t("inspections.assign.none")}</p>;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="inspectionId" value={inspectionId} />
      <CheckboxGroup
        legend={t("inspections.assign.members")}
        name="memberIds"
        options={members}
        checked={echoedList(state, "memberIds", assigned)}
        errors={fieldErrors(state, "memberIds")}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("inspections.assign.save")}
      </Button>
    </form>
  );
}
