"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { useT } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { echoed, fieldErrors } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { TextareaField } from "@/components/ui/textarea-field";
import { TransitionForm } from "@/components/ui/transition-form";
import {
  amendPlanAction,
  approvePlanAction,
  cancelPlanAction,
  returnPlanAction,
  submitPlanAction,
} from "@/lib/plans/actions";
import type { PlanAction } from "@/lib/plans/workflow/state";

type State = Awaited<ReturnType<typeof submitPlanAction>>;

/** The workflow steps this user may take now; each is a server action checked again on the server. */
export function PlanWorkflow({ planId, actions }: { planId: string; actions: PlanAction[] }) {
  const t = useT();
  const router = useRouter();
  const [submitState, submit, submitting] = useActionState(submitPlanAction, idleState);
  const [returnState, ret, returning] = useActionState(returnPlanAction, idleState);
  const [approveState, approve, approving] = useActionState(approvePlanAction, idleState);
  const [cancelState, cancel, cancelling] = useActionState(cancelPlanAction, idleState);
  const [amendState, amend, amending] = useActionState(amendPlanAction, idleState);
  useEffect(() => {
    if (amendState.status === "success") router.push(`/ke-hoach/${amendState.data.id}`);
  }, [amendState, router]);
  const states = [submitState, returnState, approveState, cancelState, amendState] as State[];
  const latest = states.find((s) => s.status === "error") ?? states.find((s) => s.status === "success") ?? idleState;
  // Why a plan cannot be submitted: the list replaces the error's own message (a catalogue template without its numbers).
  const problems = submitState.status === "error" ? submitState.fieldErrors?._form : undefined;
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
        <TransitionForm action={submit} id={planId} label={t("plans.workflow.submit")} pending={submitting} />
      ) : null}
      {actions.includes("approve") ? (
        <TransitionForm action={approve} id={planId} label={t("plans.workflow.approve")} pending={approving}>
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
        </TransitionForm>
      ) : null}
      {actions.includes("return") ? (
        <TransitionForm
          action={ret}
          id={planId}
          label={t("plans.workflow.return")}
          pending={returning}
          variant="secondary"
        >
          <TextareaField
            label={t("plans.workflow.comment")}
            name="comment"
            defaultValue={echoed(returnState, "comment")}
            errors={fieldErrors(returnState, "comment")}
          />
        </TransitionForm>
      ) : null}
      {actions.includes("amend") ? (
        <TransitionForm
          action={amend}
          id={planId}
          label={t("plans.workflow.amend")}
          pending={amending}
          variant="secondary"
        />
      ) : null}
      {actions.includes("cancel") ? (
        <TransitionForm
          action={cancel}
          id={planId}
          label={t("plans.workflow.cancel")}
          pending={cancelling}
          variant="danger"
        >
          <TextareaField
            label={t("plans.workflow.reason")}
            name="reason"
            rows={2}
            defaultValue={echoed(cancelState, "reason")}
            errors={fieldErrors(cancelState, "reason")}
          />
        </TransitionForm>
      ) : null}
    </div>
  );
}
