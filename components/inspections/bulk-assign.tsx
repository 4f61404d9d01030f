"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { assignInspectionsAction } from "@/lib/inspections/actions";

/** Adds the chosen members to every inspection ticked in the plan's table (the boxes belong to this form). */
export function BulkAssignForm({ planId, members }: { planId: string; members: { value: string; label: string }[] }) {
  const t = useT();
  const [state, action, pending] = useActionState(assignInspectionsAction, idleState);
  return (
    <form id="bulk-assign" action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <p className="text-sm text-slate-700">{t("inspections.assign.bulkHint")}</p>
      {fieldErrors(state, "inspectionIds") ? (
        <p className="text-sm font-medium text-red-800">{fieldErrors(state, "inspectionIds")!.join(" ")}</p>
      ) : null}
      <input type="hidden" name="planId" value={planId} />
      <CheckboxGroup
        legend={t("inspections.assign.members")}
        name="memberIds"
        options={members}
        checked={[]}
        errors={fieldErrors(state, "memberIds")}
        columns={2}
      />
      <Button type="submit" disabled={pending}>
        {t("inspections.assign.bulkButton")}
      </Button>
    </form>
  );
}
