"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, type ReactNode } from "react";
import { useT } from "@/components/i18n-provider";
import { TextField } from "@/components/ui/field";
import { echoed, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { TextareaField } from "@/components/ui/textarea-field";
import { TransitionForm } from "@/components/ui/transition-form";
import {
  acknowledgeYearReportAction,
  approveForMinistryAction,
  approveYearReportAction,
  correctYearReportAction,
  returnByCommitteeAction,
  returnYearReportAction,
  sendYearReportAction,
  submitYearReportAction,
} from "@/lib/year-reports/actions";
import type { YearReportAction } from "@/lib/year-reports/policy";

type Kind = "plain" | "decision" | "comment";
const steps: { action: YearReportAction; kind: Kind; server: typeof submitYearReportAction }[] = [
  { action: "submit", kind: "plain", server: submitYearReportAction },
  { action: "approve", kind: "decision", server: approveYearReportAction as unknown as typeof submitYearReportAction },
  { action: "return", kind: "comment", server: returnYearReportAction as unknown as typeof submitYearReportAction },
  { action: "send", kind: "plain", server: sendYearReportAction },
  { action: "acknowledge", kind: "plain", server: acknowledgeYearReportAction },
  {
    action: "approveForMinistry",
    kind: "decision",
    server: approveForMinistryAction as unknown as typeof submitYearReportAction,
  },
  {
    action: "returnByCommittee",
    kind: "comment",
    server: returnByCommitteeAction as unknown as typeof submitYearReportAction,
  },
];

function Step({ id, step }: { id: string; step: (typeof steps)[number] }) {
  const t = useT();
  const [state, action, pending] = useActionState(step.server, idleState);
  const statusId = `step-${step.action}-status`;
  let fields: ReactNode = null;
  if (step.kind === "decision")
    fields = (
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t("yearReports.actions.number")}
          name="number"
          defaultValue={echoed(state, "number")}
          errors={fieldErrors(state, "number")}
        />
        <TextField
          label={t("yearReports.actions.date")}
          name="date"
          placeholder="dd/mm/yyyy"
          defaultValue={echoed(state, "date")}
          errors={fieldErrors(state, "date")}
        />
      </div>
    );
  if (step.kind === "comment")
    fields = (
      <TextareaField
        label={t("yearReports.actions.comment")}
        name="comment"
        defaultValue={echoed(state, "comment")}
        errors={fieldErrors(state, "comment")}
      />
    );
  return (
    <TransitionForm
      action={action}
      id={id}
      label={t(`yearReports.actions.${step.action}`)}
      pendingLabel={t("yearReports.actions.pending")}
      pending={pending}
      variant={step.kind === "comment" ? "secondary" : "primary"}
      status={<FormStatus state={state} id={statusId} />}
    >
      {fields}
    </TransitionForm>
  );
}

/** The steps this user may take now; each is a server action checked again on the server. */
export function YearReportWorkflow({
  id,
  actions,
  correctable,
}: {
  id: string;
  actions: YearReportAction[];
  correctable: boolean;
}) {
  const t = useT();
  const router = useRouter();
  const [correctState, correct, pending] = useActionState(correctYearReportAction, idleState);
  useEffect(() => {
    if (correctState.status === "success") router.push(`/bao-cao/${correctState.data.id}`);
  }, [correctState, router]);
  return (
    <div className="space-y-4">
      {steps
        .filter((s) => actions.includes(s.action))
        .map((s) => (
          <Step key={s.action} id={id} step={s} />
        ))}
      {correctable ? (
        <TransitionForm
          action={correct}
          id={id}
          label={t("yearReports.actions.correct")}
          pending={pending}
          variant="secondary"
          status={<FormStatus state={correctState} />}
        />
      ) : null}
    </div>
  );
}
