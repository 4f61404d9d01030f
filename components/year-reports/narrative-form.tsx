"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus, fieldErrors } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { TextareaField } from "@/components/ui/textarea-field";
import { saveNarrativeAction } from "@/lib/year-reports/actions";

/** The narrative sections of a draft, saved together with the version the page was opened at. */
export function NarrativeForm({
  id,
  lockVersion,
  sections,
}: {
  id: string;
  lockVersion: number;
  sections: { key: string; label: string; text: string }[];
}) {
  const t = useT();
  const [state, action, pending] = useActionState(saveNarrativeAction, idleState);
  const version = state.status === "success" ? state.data.lockVersion : lockVersion;
  return (
    <form action={action} className="space-y-4" noValidate aria-describedby="narrative-status">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="lockVersion" value={version} />
      {sections.map((s) => (
        <TextareaField
          key={s.key}
          label={s.label}
          name={`section.${s.key}`}
          rows={5}
          defaultValue={s.text}
          errors={fieldErrors(state, `sections.${s.key}`)}
        />
      ))}
      <FormStatus state={state} id="narrative-status" />
      <Button type="submit" disabled={pending}>
        {pending ? t("yearReports.detail.saving") : t("yearReports.detail.save")}
      </Button>
    </form>
  );
}
