"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { echoed, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { TextareaField } from "@/components/ui/textarea-field";
import { decideFollowUpAction } from "@/lib/inspections/actions";
import type { FollowUpView } from "@/lib/inspections/loaders";

/**
 * "Theo dõi từ lần kiểm tra trước": the unit's earlier nonconformities not closed yet, each with its history
 * (read-only), and — for who may fill the inspection — the decision: close it here, or raise it again.
 */
export function FollowUps({
  inspectionId,
  followUps,
  editable,
}: {
  inspectionId: string;
  followUps: FollowUpView[];
  editable: boolean;
}) {
  const t = useT();
  if (!followUps.length) return <p>{t("inspections.followUp.none")}</p>;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("inspections.followUp.intro")}</p>
      {followUps.map((f) => (
        <FollowUpItem key={f.id} inspectionId={inspectionId} followUp={f} editable={editable} />
      ))}
    </div>
  );
}

function FollowUpItem({
  inspectionId,
  followUp: f,
  editable,
}: {
  inspectionId: string;
  followUp: FollowUpView;
  editable: boolean;
}) {
  const t = useT();
  const [state, action, pending] = useActionState(decideFollowUpAction, idleState);
  const title = t("inspections.followUp.finding", {
    number: f.finding.number,
    year: f.finding.year,
    plan: f.finding.plan,
  });
  // Field names carry the follow-up's id so that labels stay unique on the page; the action gets plain names.
  const id = (field: string) => `fu${f.id}__${field}`;
  const submit = (form: FormData) => {
    const plain = new FormData();
    for (const [key, value] of form.entries()) plain.append(key.includes("__") ? key.split("__")[1]! : key, value);
    action(plain);
  };
  // Nothing to decide once decided here, or once DOST closed the finding meanwhile (its answer accepted).
  const decided = f.outcome !== "PENDING" || f.finding.status === "CLOSED" || state.status === "success";
  return (
    <section aria-label={title} className="rounded-md border border-slate-300 p-3 text-sm">
      <h3 className="font-semibold">
        {title} — {t(`findings.severities.${f.finding.severity}`)}
      </h3>
      <dl className="mt-1 grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-3 gap-y-1">
        <dt className="font-semibold">{t("inspections.followUp.clause")}</dt>
        <dd>{f.finding.clause}</dd>
        <dt className="font-semibold">{t("inspections.followUp.description")}</dt>
        <dd className="whitespace-pre-line">{f.finding.description || "—"}</dd>
        <dt className="font-semibold">{t("inspections.followUp.dueDate")}</dt>
        <dd>{f.finding.dueDate ?? "—"}</dd>
        <dt className="font-semibold">{t("inspections.followUp.status")}</dt>
        <dd>{t(`findings.statuses.${f.finding.status}`)}</dd>
        <dt className="font-semibold">{t("inspections.followUp.history")}</dt>
        <dd>
          {f.answers.length ? (
            <ol className="list-decimal space-y-1 pl-5">
              {f.answers.map((a) => (
                <li key={a.round}>
                  {t("inspections.followUp.answer", { round: a.round, date: a.date, action: a.action || "—" })}
                  <br />
                  {t("inspections.followUp.verdict", {
                    status: t(`inspections.followUp.answerStatuses.${a.status}`),
                    note: a.verdictNote ? ` — ${a.verdictNote}` : "",
                  })}
                </li>
              ))}
            </ol>
          ) : (
            t("inspections.followUp.noHistory")
          )}
        </dd>
        <dt className="font-semibold">{t("inspections.followUp.outcome")}</dt>
        <dd>
          {f.outcome === "PENDING"
            ? t("inspections.followUp.outcomes.PENDING")
            : t("inspections.followUp.decidedBy", {
                outcome: t(`inspections.followUp.outcomes.${f.outcome}`),
                name: f.decidedBy ?? "—",
                date: f.decidedAt ?? "",
              })}
          {f.note ? <span className="block whitespace-pre-line">{f.note}</span> : null}
        </dd>
      </dl>
      {editable && !decided ? (
        <form action={submit} className="mt-3 space-y-3" noValidate>
          <FormStatus state={state} />
          <input type="hidden" name="inspectionId" value={inspectionId} />
          <input type="hidden" name="followUpId" value={f.id} />
          <TextareaField
            label={t("inspections.followUp.note")}
            name={id("note")}
            rows={2}
            defaultValue={echoed(state, "note", "")}
            errors={fieldErrors(state, "note")}
          />
          <TextField
            label={t("inspections.followUp.newDueDate")}
            name={id("dueDate")}
            inputMode="numeric"
            placeholder="dd/MM/yyyy"
            defaultValue={echoed(state, "dueDate", "")}
            errors={fieldErrors(state, "dueDate")}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" name="outcome" value="CLOSED" disabled={pending}>
              {t("inspections.followUp.close")}
            </Button>
            <Button type="submit" name="outcome" value="RERAISED" variant="secondary" disabled={pending}>
              {t("inspections.followUp.reraise")}
            </Button>
          </div>
        </form>
      ) : state.status === "success" ? (
        <FormStatus state={state} />
      ) : null}
    </section>
  );
}
