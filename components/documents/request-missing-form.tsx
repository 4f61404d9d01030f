"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { TextareaField } from "@/components/ui/textarea-field";
import { requestMissingAction } from "@/lib/documents/actions";

/**
 * "Yêu cầu bổ sung": asks one unit (agencyId) or every unit of the plan with something missing for the
 * missing records; the units' officers are notified.
 */
export function RequestMissingForm({
  planId,
  agencyId,
  label,
  withComment = false,
}: {
  planId: string;
  agencyId?: string;
  label: string;
  withComment?: boolean;
}) {
  const t = useT();
  const [state, action, pending] = useActionState(requestMissingAction, idleState);
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="planId" value={planId} />
      {agencyId ? <input type="hidden" name="agencyId" value={agencyId} /> : null}
      {withComment ? (
        <TextareaField
          label={t("documents.completeness.comment")}
          name="comment"
          rows={2}
          errors={fieldErrors(state, "comment")}
        />
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {label}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
