"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { echoed, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { TextareaField } from "@/components/ui/textarea-field";
import { saveFindingAction } from "@/lib/inspections/actions";
import type { FindingView } from "./types";

/**
 * The finding raised by an item: description, required corrective action, legal basis, due date. Versioned
 * like the items: a stale save is refused and the current content shown.
 */
export function FindingForm({ finding, editable }: { finding: FindingView; editable: boolean }) {
  const t = useT();
  const [state, action, pending] = useActionState(saveFindingAction, idleState);
  const version = state.status === "success" ? state.data.version : finding.version;
  // Field names carry the finding's id so that labels stay unique on a page of many findings; the action gets plain names.
  const id = (field: string) => `f${finding.id}__${field}`;
  const submit = (form: FormData) => {
    const plain = new FormData();
    for (const [key, value] of form.entries()) plain.append(key.includes("__") ? key.split("__")[1]! : key, value);
    action(plain);
  };
  const title = `${t("inspections.finding.title", { number: finding.number })} — ${t(`inspections.severity.${finding.severity}`)}`;
  // A recommendation has no corrective-action deadline (TT26 Đ37 speaks of nonconformities): no date to set.
  const recommendation = finding.severity === "RECOMMENDATION";
  const repeat =
    finding.repeatOfYear !== null ? (
      <p className="mt-1 inline-block rounded bg-red-100 px-2 py-0.5 text-sm font-semibold text-red-900">
        {t("inspections.finding.repeat", { year: finding.repeatOfYear })}
      </p>
    ) : null;
  if (!editable) {
    return (
      <section aria-label={title} className="mt-3 rounded-md border border-amber-700 bg-amber-50 p-3 text-sm">
        <h4 className="font-semibold">{title}</h4>
        {repeat}
        <dl className="mt-1 grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-3 gap-y-1">
          <dt className="font-semibold">{t("inspections.finding.legalBasis")}</dt>
          <dd>{finding.legalBasis || "—"}</dd>
          <dt className="font-semibold">{t("inspections.finding.description")}</dt>
          <dd className="whitespace-pre-line">{finding.description || "—"}</dd>
          <dt className="font-semibold">{t("inspections.finding.requiredAction")}</dt>
          <dd className="whitespace-pre-line">{finding.requiredAction || "—"}</dd>
          <dt className="font-semibold">{t("inspections.finding.dueDate")}</dt>
          <dd>{recommendation ? t("findings.noDeadline") : finding.dueDate || "—"}</dd>
        </dl>
      </section>
    );
  }
  const current = state.status === "error" ? (state.details?.current as Record<string, string> | undefined) : undefined;
  return (
    <form
      action={submit}
      aria-label={title}
      className="mt-3 space-y-3 rounded-md border border-amber-700 bg-amber-50 p-3"
      noValidate
    >
      <h4 className="font-semibold">{title}</h4>
      {repeat}
      <FormStatus state={state} />
      {current ? (
        <div className="text-sm">
          <p className="font-semibold">{t("inspections.finding.staleTitle")}</p>
          <p className="whitespace-pre-line">
            {current.description} {current.requiredAction ? `— ${current.requiredAction}` : ""}{" "}
            {current.dueDate ? `(${current.dueDate})` : ""}
          </p>
        </div>
      ) : null}
      <input type="hidden" name="findingId" value={finding.id} />
      <input type="hidden" name="version" value={current ? String(current.version) : version} />
      <TextareaField
        label={t("inspections.finding.description")}
        name={id("description")}
        defaultValue={echoed(state, "description", finding.description)}
        errors={fieldErrors(state, "description")}
      />
      <TextareaField
        label={t("inspections.finding.requiredAction")}
        name={id("requiredAction")}
        defaultValue={echoed(state, "requiredAction", finding.requiredAction)}
        errors={fieldErrors(state, "requiredAction")}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t("inspections.finding.legalBasis")}
          name={id("legalBasis")}
          defaultValue={echoed(state, "legalBasis", finding.legalBasis)}
          errors={fieldErrors(state, "legalBasis")}
        />
        {recommendation ? (
          <p className="text-sm">
            <span className="font-semibold">{t("inspections.finding.dueDate")}:</span> {t("findings.noDeadline")}
          </p>
        ) : (
          <TextField
            label={t("inspections.finding.dueDate")}
            name={id("dueDate")}
            placeholder="dd/mm/yyyy"
            hint={t("inspections.finding.dueHint")}
            defaultValue={echoed(state, "dueDate", state.status === "success" ? state.data.dueDate : finding.dueDate)}
            errors={fieldErrors(state, "dueDate")}
          />
        )}
      </div>
      <Button type="submit" disabled={pending}>
        {t("inspections.finding.save")}
      </Button>
    </form>
  );
}
