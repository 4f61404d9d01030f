"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { echoed, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { TextareaField } from "@/components/ui/textarea-field";
import { reopenInspectionAction, signOffInspectionAction } from "@/lib/inspections/actions";

/** Sign-off by the team lead; a refusal lists what is still missing. */
export function SignOffForm({
  inspectionId,
  lockVersion,
  signed,
}: {
  inspectionId: string;
  lockVersion: number;
  signed: boolean;
}) {
  const t = useT();
  const [state, action, pending] = useActionState(signOffInspectionAction, idleState);
  const problems = state.status === "error" ? state.fieldErrors?._form : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <Alert tone={state.status === "error" ? "error" : "success"}>
        {problems?.length ? (
          <>
            <p className="font-semibold">{t("inspections.signOff.cannot")}</p>
            <ul className="list-disc pl-5">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        ) : state.status === "idle" ? null : (
          state.message
        )}
      </Alert>
      {signed ? null : (
        <>
          <p className="text-sm text-slate-700">{t("inspections.signOff.lead")}</p>
          <input type="hidden" name="inspectionId" value={inspectionId} />
          <input type="hidden" name="lockVersion" value={lockVersion} />
          <Button type="submit" disabled={pending}>
            {t("inspections.signOff.button")}
          </Button>
        </>
      )}
    </form>
  );
}

/** Reopening a signed-off inspection, with its reason (kept in the thread and the audit log). */
export function ReopenForm({ inspectionId }: { inspectionId: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(reopenInspectionAction, idleState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="inspectionId" value={inspectionId} />
      <TextareaField
        label={t("inspections.reopen.reason")}
        name="reason"
        hint={t("inspections.reopen.hint")}
        defaultValue={echoed(state, "reason")}
        errors={fieldErrors(state, "reason")}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {t("inspections.reopen.button")}
      </Button>
    </form>
  );
}
