"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { echoed, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { TextareaField } from "@/components/ui/textarea-field";
import { discardChecklistAction, publishChecklistAction, updateChecklistAction } from "@/lib/checklists/actions";

/** A draft's details, and publishing or discarding it. Each form carries the version it was opened at. */
export function DraftPanel({
  templateId,
  lockVersion,
  title,
  note,
}: {
  templateId: string;
  lockVersion: number;
  title: string;
  note: string;
}) {
  const t = useT();
  const router = useRouter();
  const [state, save, saving] = useActionState(updateChecklistAction, idleState);
  const [publishState, publish, publishing] = useActionState(publishChecklistAction, idleState);
  const [discardState, discard, discarding] = useActionState(discardChecklistAction, idleState);
  useEffect(() => {
    if (discardState.status === "success") router.push("/bang-kiem?ok=discarded");
  }, [discardState, router]);
  useEffect(() => {
    if (publishState.status === "success") router.replace(`/bang-kiem/${templateId}?ok=published`);
  }, [publishState, router, templateId]);
  const hidden = (
    <>
      <input type="hidden" name="templateId" value={templateId} />
      <input type="hidden" name="lockVersion" value={lockVersion} />
    </>
  );
  const workflow = publishState.status !== "idle" ? publishState : discardState;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form action={save} className="space-y-4" noValidate>
        <h2 className="text-lg font-semibold">{t("checklists.draft.title")}</h2>
        <FormStatus state={state} />
        {hidden}
        <TextField
          label={t("checklists.draft.titleField")}
          name="title"
          defaultValue={echoed(state, "title", title)}
          errors={fieldErrors(state, "title")}
          required
        />
        <TextareaField
          label={t("checklists.draft.note")}
          name="note"
          rows={2}
          defaultValue={echoed(state, "note", note)}
          errors={fieldErrors(state, "note")}
        />
        <Button type="submit" variant="secondary" disabled={saving}>
          {t("checklists.draft.save")}
        </Button>
      </form>
      <div className="space-y-4">
        <h2 className="text-lg font-semibold">{t("checklists.draft.publishTitle")}</h2>
        <p className="text-sm text-slate-700">{t("checklists.draft.publishLead")}</p>
        <FormStatus state={workflow} />
        <div className="flex flex-wrap gap-3">
          <form action={publish}>
            {hidden}
            <Button type="submit" disabled={publishing || discarding}>
              {t("checklists.draft.publish")}
            </Button>
          </form>
          <form action={discard}>
            {hidden}
            <Button type="submit" variant="danger" disabled={publishing || discarding}>
              {t("checklists.draft.discard")}
            </Button>
          </form>
        </div>
      </div>
    </div>
  );
}
