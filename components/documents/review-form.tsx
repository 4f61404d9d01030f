"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { echoed, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { TextareaField } from "@/components/ui/textarea-field";
import { reviewVersionAction } from "@/lib/documents/actions";

/** DOST's review of the latest version: accept, or ask for a revision saying what to change (the comment is required then). */
export function ReviewForm({ versionId, open }: { versionId: string; open: boolean }) {
  const t = useT();
  const [state, action, pending] = useActionState(reviewVersionAction, idleState);
  return (
    <form action={action} className="space-y-3" noValidate>
      {/* Mounted even once the version is reviewed, so the confirmation stays on screen after the page refreshes. */}
      <FormStatus state={state} />
      {open ? null : <p className="text-sm text-slate-700">{t("documents.review.nothingToReview")}</p>}
      <input type="hidden" name="versionId" value={versionId} />
      {open ? (
        <>
          <TextareaField
            label={t("documents.review.comment")}
            name="comment"
            hint={t("documents.review.commentHint")}
            defaultValue={echoed(state, "comment")}
            errors={fieldErrors(state, "comment")}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" name="decision" value="accept" disabled={pending}>
              {t("documents.review.accept")}
            </Button>
            <Button type="submit" name="decision" value="revise" variant="secondary" disabled={pending}>
              {t("documents.review.revise")}
            </Button>
          </div>
        </>
      ) : null}
    </form>
  );
}
