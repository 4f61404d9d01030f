"use client";

import { useActionState, useId, useState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { echoed, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { savePlanPaperAction } from "@/lib/plans/papers/actions";

const control =
  "block w-full min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 focus:border-blue-800 focus:outline-3 focus:outline-offset-0 focus:outline-amber-500 aria-[invalid=true]:border-red-700";

/** A labelled input whose id is unique on the page (components/ui/field ties ids to names; this page has several forms). */
function Field(p: {
  id: string;
  name: string;
  label: string;
  hint: string;
  defaultValue: string;
  errors?: string[];
  numeric?: boolean;
}) {
  const described = [`${p.id}-hint`, p.errors?.length ? `${p.id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={p.id} className="block text-sm font-semibold text-slate-900">
        {p.label}
      </label>
      <p id={`${p.id}-hint`} className="text-sm text-slate-700">
        {p.hint}
      </p>
      <input
        id={p.id}
        name={p.name}
        defaultValue={p.defaultValue}
        inputMode={p.numeric ? "numeric" : undefined}
        autoComplete="off"
        aria-invalid={p.errors?.length ? true : undefined}
        aria-describedby={described}
        className={control}
      />
      {p.errors?.length ? (
        <p id={`${p.id}-error`} className="text-sm font-medium text-red-800">
          {p.errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

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
  const names = { number: `number-${uid}`, date: `date-${uid}` };
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
          <Field
            id={names.number}
            name="number"
            label={t("planPapers.form.number")}
            hint={t(decision ? "planPapers.form.decisionHint" : "planPapers.form.letterHint")}
            defaultValue={echoed(state, "number", props.number)}
            errors={fieldErrors(state, "number")}
          />
          <Field
            id={names.date}
            name="date"
            label={t("planPapers.form.date")}
            hint={t("planPapers.form.dateHint")}
            defaultValue={echoed(state, "date", props.date)}
            errors={fieldErrors(state, "date")}
            numeric
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
