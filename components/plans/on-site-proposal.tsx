"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { acceptAllProposalsAction, decideProposalAction, proposeOnSiteAction } from "@/lib/plans/actions";
import type { ProposalList } from "@/lib/plans/loaders";

type Row = ProposalList["rows"][number];

/**
 * The risk-based on-site proposal on a draft's scope page: each proposed unit with its score and reasons,
 * where its target stands now, and DOST's decision — accept, or change it with a reason; "accept all" for the
 * undecided ones; "propose" makes it again from today's data.
 */
export function OnSiteProposal({
  planId,
  proposals,
  editable,
}: {
  planId: string;
  proposals: ProposalList;
  editable: boolean;
}) {
  const t = useT();
  const proposed = proposals.rows.filter((r) => r.proposed).length;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("plans.proposal.lead")}</p>
      {editable ? (
        <div className="flex flex-wrap gap-3">
          <PlanButton planId={planId} action={proposeOnSiteAction} label={t("plans.proposal.propose")} />
          {/* Always there once a proposal exists, so its own message stays on screen after it decided the rest. */}
          {proposals.total ? (
            <PlanButton
              planId={planId}
              action={acceptAllProposalsAction}
              label={t("plans.proposal.acceptAll")}
              variant="secondary"
            />
          ) : null}
        </div>
      ) : null}
      {!proposals.total ? (
        <p>{t("plans.proposal.none")}</p>
      ) : (
        <>
          <p>{t("plans.proposal.count", { proposed, total: proposals.total })}</p>
          {proposals.rows.length ? (
            <ul className="divide-y divide-slate-200">
              {proposals.rows.map((row) => (
                <ProposalRow key={row.agencyId} planId={planId} row={row} editable={editable} />
              ))}
            </ul>
          ) : (
            <p>{t("plans.proposal.noneProposed")}</p>
          )}
        </>
      )}
    </div>
  );
}

function PlanButton({
  planId,
  action: serverAction,
  label,
  variant = "primary",
}: {
  planId: string;
  action: typeof proposeOnSiteAction;
  label: string;
  variant?: "primary" | "secondary";
}) {
  const [state, action, pending] = useActionState(serverAction, idleState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      <Button type="submit" variant={variant} disabled={pending}>
        {label}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

function ProposalRow({ planId, row, editable }: { planId: string; row: Row; editable: boolean }) {
  const t = useT();
  const [state, action, pending] = useActionState(decideProposalAction, idleState);
  const category = (c: string | null) => (c ? t(`plans.proposal.categories.${c as "MANDATORY" | "ENCOURAGED"}`) : "");
  const id = (field: string) => `proposal-${row.agencyId}-${field}`;
  const noteErrors = fieldErrors(state, "note");
  const categoryErrors = fieldErrors(state, "onSiteCategory");
  return (
    <li className="space-y-2 py-3" aria-label={row.agency.name}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-medium">
          {row.agency.name} <span className="text-xs text-slate-700">({row.agency.code})</span>
        </p>
        <p className="text-sm tabular-nums">{t("plans.proposal.scoreValue", { score: row.score })}</p>
      </div>
      <p className="text-sm font-semibold">
        {row.proposed
          ? t("plans.proposal.proposedOnSite", { category: category(row.category) })
          : t("plans.proposal.proposedOff")}
      </p>
      {row.reasons.length ? (
        <ul className="list-disc pl-5 text-sm" aria-label={`${t("plans.proposal.reasonsTitle")}: ${row.agency.name}`}>
          {row.reasons.map((r) => (
            <li key={r.key}>{t(`plans.proposal.reasons.${r.key}` as "plans.proposal.reasons.open", r.params)}</li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm">
        {t("plans.proposal.now")}:{" "}
        {row.onSite
          ? t("plans.proposal.nowOnSite", { category: category(row.onSiteCategory) })
          : t("plans.proposal.nowOff")}
        {" — "}
        {row.decision === "CHANGED"
          ? t("plans.proposal.decision.CHANGED", { note: row.decisionNote ?? "" })
          : row.decision === "ACCEPTED"
            ? t("plans.proposal.decision.ACCEPTED")
            : t("plans.proposal.undecided")}
      </p>
      {editable ? (
        <form action={action} className="space-y-2" noValidate>
          <input type="hidden" name="planId" value={planId} />
          <input type="hidden" name="agencyId" value={row.agencyId} />
          <FormStatus state={state} />
          <div className="flex flex-wrap items-end gap-3">
            <Button
              type="submit"
              name="decision"
              value="ACCEPTED"
              disabled={pending}
              aria-label={`${t("plans.proposal.accept")}: ${row.agency.name}`}
            >
              {t("plans.proposal.accept")}
            </Button>
            <details className="flex-1">
              <summary className="min-h-11 cursor-pointer py-2 text-blue-800 underline">
                {t("plans.proposal.change")}
              </summary>
              <div className="mt-2 grid gap-2 md:grid-cols-[auto_minmax(10rem,1fr)_minmax(12rem,2fr)_auto] md:items-end">
                <label className="flex min-h-11 items-center gap-2 text-sm" htmlFor={id("onSite")}>
                  <input
                    id={id("onSite")}
                    name="onSite"
                    type="checkbox"
                    value="true"
                    defaultChecked={!row.proposed}
                    className="size-5"
                  />
                  {t("plans.proposal.changeOnSite")}
                </label>
                <div>
                  <label htmlFor={id("onSiteCategory")} className="field-label">
                    {t("plans.proposal.changeCategory")}
                  </label>
                  <select
                    id={id("onSiteCategory")}
                    name="onSiteCategory"
                    defaultValue={row.category ?? "MANDATORY"}
                    aria-invalid={categoryErrors?.length ? true : undefined}
                    aria-describedby={categoryErrors?.length ? id("onSiteCategory-error") : undefined}
                    className="min-h-11 w-full rounded-md border border-slate-500 bg-white px-2"
                  >
                    <option value="MANDATORY">{t("plans.proposal.categories.MANDATORY")}</option>
                    <option value="ENCOURAGED">{t("plans.proposal.categories.ENCOURAGED")}</option>
                  </select>
                  {categoryErrors?.length ? (
                    <p id={id("onSiteCategory-error")} className="text-sm text-red-800">
                      {categoryErrors.join(" ")}
                    </p>
                  ) : null}
                </div>
                <div>
                  <label htmlFor={id("note")} className="field-label">
                    {t("plans.proposal.changeNote")}
                  </label>
                  <input
                    id={id("note")}
                    name="note"
                    aria-invalid={noteErrors?.length ? true : undefined}
                    aria-describedby={noteErrors?.length ? id("note-error") : undefined}
                    className="min-h-11 w-full rounded-md border border-slate-500 bg-white px-2"
                  />
                  {noteErrors?.length ? (
                    <p id={id("note-error")} className="text-sm text-red-800">
                      {noteErrors.join(" ")}
                    </p>
                  ) : null}
                </div>
                <Button type="submit" name="decision" value="CHANGED" variant="secondary" disabled={pending}>
                  {t("plans.proposal.saveChange")}
                </Button>
              </div>
            </details>
          </div>
        </form>
      ) : null}
    </li>
  );
}
