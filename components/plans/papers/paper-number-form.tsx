"use client";

import { useActionState, useId, useState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { echoed, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { savePlanPaperAction } from "@/lib/plans/papers/actions";

type Props = {
  planId: string;
  kind: "TEAM_DECISION" | "CHECK_DECISION" | "REQUEST_LETTER" | "CORRECTION_LETTER";
  recordRequestId?: string;
  /** The paper's name, for the legend and the labels. */
  paper: string;
  number: string;
  date: string;
  lockVersion: number;
  canIssue: boolean;
  /** Why issuing is not possible yet (shown under the buttons); null when it is. */
  issueRefusal: string | null;
};

/**
 * A draft paper's number and date: "Lưu dự thảo" keeps it editable, "Ban hành" (after a confirmation) saves and
 * issues it, after which it is read-only. Field ids are unique per form, as the page holds several.
 */
export function PaperNumberForm(props: Props) {
  const t = useT();
  const uid = useId().replace(/:/g, "");
  const [state, action, pending] = useActionState(savePlanPaperAction, idleState);
  const [asking, setAsking] = useState(false);
  const decision = props.kind === "TEAM_DECISION" || props.kind === "CHECK_DECISION";
  const ids = { number: `number-${uid}`, date: `date-${uid}` };
  return (
    <form
      action={(data) => {
        setAsking(false);
        action(data);
      }}
      className="space-y-3"
      noValidate
    >
      <fieldset className="space-y-3">
        <legend className="font-semibold text-slate-900">{t("planPapers.form.legend", { paper: props.paper })}</legend>
        <FormStatus state={state} />
        <input type="hidden" name="planId" value={props.planId} />
        <input type="hidden" name="kind" value={props.kind} />
        {props.recordRequestId ? <input type="hidden" name="recordRequestId" value={props.recordRequestId} /> : null}
        <input type="hidden" name="lockVersion" value={props.lockVersion} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            id={ids.number}
            name="number"
            label={t("planPapers.form.number")}
            hint={t(decision ? "planPapers.form.decisionHint" : "planPapers.form.letterHint")}
            defaultValue={echoed(state, "number", props.number)}
            errors={fieldErrors(state, "number")}
            autoComplete="off"
          />
          <TextField
            id={ids.date}
            name="date"
            label={t("planPapers.form.date")}
            hint={t("planPapers.form.dateHint")}
            defaultValue={echoed(state, "date", props.date)}
            errors={fieldErrors(state, "date")}
            inputMode="numeric"
            autoComplete="off"
          />
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending}>
          {pending ? t("planPapers.form.pending") : t("planPapers.form.save")}
        </Button>
        {props.canIssue && !asking ? (
          <Button onClick={() => setAsking(true)} disabled={pending}>
            {t("planPapers.form.issue")}
          </Button>
        ) : null}
      </div>
      {asking ? (
        <div
          role="group"
          aria-label={t("planPapers.form.issue")}
          className="space-y-3 rounded-md border border-amber-400 bg-amber-50 p-3"
        >
          <p className="text-slate-900">{t("planPapers.form.issueQuestion")}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" name="intent" value="issue" disabled={pending} autoFocus>
              {t("planPapers.form.confirm")}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)} disabled={pending}>
              {t("planPapers.form.cancel")}
            </Button>
          </div>
        </div>
      ) : null}
      {props.issueRefusal ? <p className="text-sm text-slate-700">{props.issueRefusal}</p> : null}
    </form>
  );
}
