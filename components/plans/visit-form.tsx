"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { SelectField, TextField } from "@/components/ui/field";
import { echoed, echoedList, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { removeVisitAction, saveVisitAction } from "@/lib/plans/actions";

export type VisitValues = {
  visitId?: string;
  targetId: string;
  date: string;
  start: string;
  end: string;
  note: string;
  memberIds: string[];
};

/** Add or move an on-site visit; the unit and the assigned members are notified. */
export function VisitForm({
  planId,
  targets,
  members,
  values,
}: {
  planId: string;
  targets: { value: string; label: string }[];
  members: { value: string; label: string }[];
  values: VisitValues;
}) {
  const t = useT();
  const [state, action, pending] = useActionState(saveVisitAction, idleState);
  const checkedMembers = echoedList(state, "memberIds", values.memberIds);
  const errors = (name: string) => fieldErrors(state, name);
  const prefix = values.visitId ?? "new";
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="planId" value={planId} />
      {values.visitId ? <input type="hidden" name="visitId" value={values.visitId} /> : null}
      <SelectField
        label={t("plans.schedule.unit")}
        name="targetId"
        defaultValue={echoed(state, "targetId", values.targetId)}
        errors={errors("targetId")}
        options={targets}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          label={t("plans.schedule.date")}
          name="date"
          placeholder="dd/mm/yyyy"
          defaultValue={echoed(state, "date", values.date)}
          errors={errors("date")}
        />
        <TextField
          label={t("plans.schedule.start")}
          name="start"
          placeholder="08:00"
          defaultValue={echoed(state, "start", values.start)}
          errors={errors("start")}
        />
        <TextField
          label={t("plans.schedule.end")}
          name="end"
          placeholder="11:00"
          defaultValue={echoed(state, "end", values.end)}
          errors={errors("end")}
        />
      </div>
      <CheckboxGroup
        legend={t("plans.schedule.members")}
        name="memberIds"
        options={members}
        checked={checkedMembers}
        errors={errors("memberIds")}
        errorId={`${prefix}-members-error`}
        columns={2}
      />
      <TextField
        label={t("plans.schedule.note")}
        name="note"
        defaultValue={echoed(state, "note", values.note)}
        errors={errors("note")}
      />
      <Button type="submit" disabled={pending}>
        {values.visitId ? t("plans.schedule.save") : t("plans.schedule.add")}
      </Button>
    </form>
  );
}

export function RemoveVisitButton({ planId, visitId, label }: { planId: string; visitId: string; label: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(removeVisitAction, idleState);
  return (
    <form action={action}>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="visitId" value={visitId} />
      {state.status === "error" ? <FormStatus state={state} /> : null}
      <Button type="submit" variant="ghost" disabled={pending} aria-label={`${t("plans.schedule.remove")}: ${label}`}>
        {t("plans.schedule.remove")}
      </Button>
    </form>
  );
}
