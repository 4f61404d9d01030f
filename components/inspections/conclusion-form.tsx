"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { echoed, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { TextareaField } from "@/components/ui/textarea-field";
import { saveConclusionAction } from "@/lib/inspections/actions";
import { overallResults, recordNumberMax } from "@/lib/inspections/constants";

export type ConclusionValues = {
  recordNumber: string;
  recordDate: string;
  representativeName: string;
  representativeTitle: string;
  overallResult: string;
  strengths: string;
  shortcomings: string;
  recommendations: string;
};

/**
 * The record's conclusion, by the team lead; lockVersion guards against two tabs overwriting each other.
 * `suggestedNumber` is the plan's next free record number, offered as the number field's placeholder.
 */
export function ConclusionForm({
  inspectionId,
  lockVersion,
  values,
  suggestedNumber,
}: {
  inspectionId: string;
  lockVersion: number;
  values: ConclusionValues;
  suggestedNumber: string;
}) {
  const t = useT();
  const [state, action, pending] = useActionState(saveConclusionAction, idleState);
  const field = (name: keyof ConclusionValues) => ({
    name,
    defaultValue: echoed(state, name, values[name]),
    errors: fieldErrors(state, name),
  });
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="inspectionId" value={inspectionId} />
      <input
        type="hidden"
        name="lockVersion"
        value={state.status === "success" ? state.data.lockVersion : lockVersion}
      />
      <TextField
        label={t("inspections.conclusion.recordNumber")}
        hint={t("inspections.conclusion.recordNumberHint", { next: suggestedNumber })}
        placeholder={suggestedNumber}
        maxLength={recordNumberMax}
        autoComplete="off"
        {...field("recordNumber")}
      />
      <div className="grid gap-3 md:grid-cols-3">
        <TextField label={t("inspections.conclusion.recordDate")} placeholder="dd/mm/yyyy" {...field("recordDate")} />
        <TextField label={t("inspections.conclusion.representativeName")} {...field("representativeName")} />
        <TextField label={t("inspections.conclusion.representativeTitle")} {...field("representativeTitle")} />
      </div>
      <SelectField
        label={t("inspections.conclusion.overallResult")}
        {...field("overallResult")}
        options={[
          { value: "", label: t("inspections.conclusion.choose") },
          ...overallResults.map((r) => ({ value: r, label: t(`inspections.overall.${r}`) })),
        ]}
      />
      <TextareaField label={t("inspections.conclusion.strengths")} {...field("strengths")} />
      <TextareaField label={t("inspections.conclusion.shortcomings")} {...field("shortcomings")} />
      <TextareaField label={t("inspections.conclusion.recommendations")} {...field("recommendations")} />
      <Button type="submit" disabled={pending}>
        {t("inspections.conclusion.save")}
      </Button>
    </form>
  );
}
