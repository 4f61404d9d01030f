"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { echoed, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { TextareaField } from "@/components/ui/textarea-field";
import {
  acknowledgeRecommendationAction,
  decideExtensionAction,
  requestExtensionAction,
  verifyAnswerAction,
} from "@/lib/findings/actions";

/** DOST's verdict on the waiting answer: accepted, rejected (with its reason, required) or to check next time. */
export function VerifyForm({ answerId }: { answerId: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(verifyAnswerAction, idleState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="answerId" value={answerId} />
      <SelectField
        label={t("corrective.fields.verdict")}
        name="verdict"
        defaultValue={echoed(state, "verdict", "ACCEPTED")}
        errors={fieldErrors(state, "verdict")}
        options={(["ACCEPTED", "REJECTED", "CHECK_NEXT_TIME"] as const).map((v) => ({
          value: v,
          label: t(`corrective.verdicts.${v}`),
        }))}
      />
      <TextareaField
        label={t("corrective.fields.verdictNote")}
        name="note"
        hint={t("corrective.fields.verdictNoteHint")}
        maxLength={4000}
        defaultValue={echoed(state, "note")}
        errors={fieldErrors(state, "note")}
      />
      <Button type="submit" disabled={pending}>
        {t("corrective.forms.submitVerify")}
      </Button>
    </form>
  );
}

/** The unit takes note of a recommendation (closes it). */
export function AcknowledgeForm({ findingId }: { findingId: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(acknowledgeRecommendationAction, idleState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <p className="text-sm text-slate-700">{t("corrective.forms.acknowledgeLead")}</p>
      <input type="hidden" name="findingId" value={findingId} />
      <TextareaField
        label={t("corrective.fields.comment")}
        name="comment"
        maxLength={2000}
        defaultValue={echoed(state, "comment")}
        errors={fieldErrors(state, "comment")}
      />
      <Button type="submit" disabled={pending}>
        {t("corrective.forms.submitAcknowledge")}
      </Button>
    </form>
  );
}

/** The unit asks for a later due date, with its reason. */
export function ExtensionRequestForm({ findingId }: { findingId: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(requestExtensionAction, idleState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="findingId" value={findingId} />
      <TextareaField
        label={t("corrective.fields.reason")}
        name="reason"
        required
        maxLength={2000}
        defaultValue={echoed(state, "reason")}
        errors={fieldErrors(state, "reason")}
      />
      <TextField
        label={t("corrective.fields.requestedDate")}
        name="requestedDate"
        placeholder={t("corrective.fields.datePlaceholder")}
        inputMode="numeric"
        required
        defaultValue={echoed(state, "requestedDate")}
        errors={fieldErrors(state, "requestedDate")}
      />
      <Button type="submit" disabled={pending} variant="secondary">
        {t("corrective.forms.submitRequest")}
      </Button>
    </form>
  );
}

/** DOST grants the waiting extension (by default until the date asked) or refuses it with a note. */
export function ExtensionDecisionForm({ extensionId }: { extensionId: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(decideExtensionAction, idleState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="extensionId" value={extensionId} />
      <TextField
        label={t("corrective.fields.grantedDate")}
        name="grantedDate"
        placeholder={t("corrective.fields.datePlaceholder")}
        inputMode="numeric"
        hint={t("corrective.fields.grantedDateHint")}
        defaultValue={echoed(state, "grantedDate")}
        errors={fieldErrors(state, "grantedDate")}
      />
      <TextareaField
        label={t("corrective.fields.decisionNote")}
        name="note"
        hint={t("corrective.fields.decisionNoteHint")}
        maxLength={2000}
        defaultValue={echoed(state, "note")}
        errors={fieldErrors(state, "note")}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="GRANTED" disabled={pending}>
          {t("corrective.forms.grant")}
        </Button>
        <Button type="submit" name="decision" value="REFUSED" variant="secondary" disabled={pending}>
          {t("corrective.forms.refuse")}
        </Button>
      </div>
    </form>
  );
}
