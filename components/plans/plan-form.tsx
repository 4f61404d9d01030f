"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { SelectField, TextField } from "@/components/ui/field";
import { echoed, echoedList, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { TextareaField } from "@/components/ui/textarea-field";
import type { ActionState } from "@/lib/action";
import { createPlanAction, updatePlanAction } from "@/lib/plans/actions";
import { milestoneKinds } from "@/lib/plans/constants";

export type PlanFormValues = { [field: string]: string | string[] | undefined; coordinatorIds: string[] };
type Option = { value: string; label: string };

/** Create (no id) or edit a draft plan. */
export function PlanForm({
  values,
  agencies,
  coordinatorOptions,
}: {
  values: PlanFormValues;
  agencies: Option[];
  coordinatorOptions: Option[];
}) {
  const t = useT();
  const router = useRouter();
  const editing = Boolean(values.id);
  // Both actions take the form's FormData and answer { id } (and the new lockVersion when editing).
  const submit = (editing ? updatePlanAction : createPlanAction) as (
    previous: ActionState<{ id: string; lockVersion?: number }>,
    form: FormData,
  ) => Promise<ActionState<{ id: string; lockVersion?: number }>>;
  const [state, action, pending] = useActionState(submit, idleState);
  useEffect(() => {
    if (state.status === "success" && !editing) router.push(`/ke-hoach/${state.data.id}`);
  }, [state, editing, router]);
  const errors = (name: string) => fieldErrors(state, name);
  const v = (name: string) => echoed(state, name, typeof values[name] === "string" ? values[name] : "");
  const lockVersion = state.status === "success" && editing ? String(state.data.lockVersion) : v("lockVersion");
  const checkedCoordinators = echoedList(state, "coordinatorIds", values.coordinatorIds);
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormStatus state={state} />
      {editing ? (
        <>
          <input type="hidden" name="id" value={v("id")} />
          <input type="hidden" name="lockVersion" value={lockVersion} />
        </>
      ) : null}
      <div className="grid gap-4 md:grid-cols-3">
        <TextField
          label={t("plans.year")}
          name="year"
          inputMode="numeric"
          required
          defaultValue={v("year")}
          errors={errors("year")}
        />
        <TextField
          label={t("plans.number")}
          name="number"
          required
          hint={t("plans.numberHint")}
          defaultValue={v("number")}
          errors={errors("number")}
        />
        <TextField
          label={t("plans.issuedOn")}
          name="issuedOn"
          required
          placeholder="dd/mm/yyyy"
          defaultValue={v("issuedOn")}
          errors={errors("issuedOn")}
        />
      </div>
      <TextareaField
        label={t("plans.titleField")}
        name="title"
        rows={2}
        required
        defaultValue={v("title")}
        errors={errors("title")}
      />
      <TextareaField
        label={t("plans.legalBases")}
        name="legalBases"
        rows={4}
        defaultValue={v("legalBases")}
        errors={errors("legalBases")}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <TextareaField
          label={t("plans.objectives")}
          name="objectives"
          rows={4}
          defaultValue={v("objectives")}
          errors={errors("objectives")}
        />
        <TextareaField
          label={t("plans.requirements")}
          name="requirements"
          rows={4}
          defaultValue={v("requirements")}
          errors={errors("requirements")}
        />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          label={t("plans.leadAgency")}
          name="leadAgencyId"
          defaultValue={v("leadAgencyId")}
          errors={errors("leadAgencyId")}
          options={agencies}
        />
        <CheckboxGroup
          legend={t("plans.coordinators")}
          name="coordinatorIds"
          options={coordinatorOptions}
          checked={checkedCoordinators}
          errors={errors("coordinatorIds")}
        />
      </div>
      <fieldset className="grid gap-4 md:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">{t("plans.milestones")}</legend>
        {milestoneKinds.map((kind) => (
          <TextField
            key={kind}
            label={t(`plans.milestone.${kind}`)}
            name={`milestone_${kind}`}
            placeholder="dd/mm/yyyy"
            defaultValue={v(`milestone_${kind}`)}
            errors={errors(`milestone_${kind}`)}
          />
        ))}
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("plans.teamDecision")}</legend>
        <TextField
          label={t("plans.teamDecisionNumber")}
          name="teamDecisionNumber"
          placeholder="447/QĐ-UBND"
          defaultValue={v("teamDecisionNumber")}
          errors={errors("teamDecisionNumber")}
        />
        <TextField
          label={t("plans.teamDecisionDate")}
          name="teamDecisionDate"
          placeholder="dd/mm/yyyy"
          defaultValue={v("teamDecisionDate")}
          errors={errors("teamDecisionDate")}
        />
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t("plans.saving") : editing ? t("plans.save") : t("plans.create")}
      </Button>
    </form>
  );
}
