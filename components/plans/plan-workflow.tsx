"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, type ReactNode } from "react";
import { useT } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { echoed, fieldErrors } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { TextareaField } from "@/components/ui/textarea-field";
import {
  amendPlanAction,
  approvePlanAction,
  cancelPlanAction,
  returnPlanAction,
  submitPlanAction,
} from "@/lib/plans/actions";
import type { PlanAction } from "@/lib/plans/workflow/state";

type State = Awaited<ReturnType<typeof submitPlanAction>>;

function Step({
  action,
  children,
  label,
  variant = "primary",
}: {
  action: (form: FormData) => void;
  children?: ReactNode;
  label: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  return (
    <form action={action} className="space-y-3 rounded-md border border-slate-300 p-4" noValidate>
      {children}
      <Button type="submit" variant={variant}>
        {label}
      </Button>
    </form>
  );
}

/** The workflow steps this user may take now; each is a server action checked again on the server. */
export function PlanWorkflow({ planId, actions }: { planId: string; actions: PlanAction[] }) {
  const t = useT();
  const router = useRouter();
  const [submitState, submit] = useActionState(submitPlanAction, idleState);
  const [returnState, ret] = useActionState(returnPlanAction, idleState);
  const [approveState, approve] = useActionState(approvePlanAction, idleState);
  const [cancelState, cancel] = useActionState(cancelPlanAction, idleState);
  const [amendState, amend] = useActionState(amendPlanAction, idleState);
  useEffect(() => {
    if (amendState.status === "success") router.push(`/ke-hoach/${amendState.data.id}`);
  }, [amendState, router]);
  const states = [submitState, returnState, approveState, cancelState, amendState] as State[];
  const latest = states.find((s) => s.status === "error") ?? states.find((s) => s.status === "success") ?? idleState;
  // Why a plan cannot be submitted: the list replaces the error's own message (a catalogue template without its numbers).
  const problems = submitState.status === "error" ? submitState.fieldErrors?._form : undefined;
  const id = <input type="hidden" name="id" value={planId} />;
  return (
    <div className="space-y-4">
      <Alert tone={latest.status === "error" ? "error" : latest.status === "success" ? "success" : "info"}>
        {problems?.length ? (
          <>
            <p className="font-semibold">{t("plans.workflow.cannotSubmit")}</p>
            <ul className="list-disc pl-5">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        ) : latest.status === "idle" ? null : (
          latest.message
        )}
      </Alert>
      {actions.includes("submit") ? (
        <Step action={submit} label={t("plans.workflow.submit")}>
          {id}
        </Step>
      ) : null}
      {actions.includes("approve") ? (
        <Step action={approve} label={t("plans.workflow.approve")}>
          {id}
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              label={t("plans.approvalNumber")}
              name="approvalNumber"
              placeholder="346/QĐ-UBND"
              defaultValue={echoed(approveState, "approvalNumber")}
              errors={fieldErrors(approveState, "approvalNumber")}
            />
            <TextField
              label={t("plans.approvalDate")}
              name="approvalDate"
              placeholder="dd/mm/yyyy"
              defaultValue={echoed(approveState, "approvalDate")}
              errors={fieldErrors(approveState, "approvalDate")}
            />
          </div>
          <TextField
            label={t("plans.approvalFile")}
            name="approvalFile"
            type="file"
            accept="application/pdf,.pdf"
            errors={fieldErrors(approveState, "approvalFile")}
          />
        </Step>
      ) : null}
      {actions.includes("return") ? (
        <Step action={ret} label={t("plans.workflow.return")} variant="secondary">
          {id}
          <TextareaField
            label={t("plans.workflow.comment")}
            name="comment"
            defaultValue={echoed(returnState, "comment")}
            errors={fieldErrors(returnState, "comment")}
          />
        </Step>
      ) : null}
      {actions.includes("amend") ? (
        <Step action={amend} label={t("plans.workflow.amend")} variant="secondary">
          {id}
        </Step>
      ) : null}
      {actions.includes("cancel") ? (
        <Step action={cancel} label={t("plans.workflow.cancel")} variant="danger">
          {id}
          <TextareaField
            label={t("plans.workflow.reason")}
            name="reason"
            rows={2}
            defaultValue={echoed(cancelState, "reason")}
            errors={fieldErrors(cancelState, "reason")}
          />
        </Step>
      ) : null}
    </div>
  );
}
