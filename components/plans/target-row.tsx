"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { echoed, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { setTargetAction } from "@/lib/plans/actions";

export type TargetValues = {
  agencyId: string;
  name: string;
  code: string;
  inDossier: boolean;
  dossierReason: string;
  onSite: boolean;
  onSiteCategory: string;
  rationale: string;
  defaultCategory: string;
};

/** One unit of the scope, saved on its own. Controls are labelled with the unit's name for screen readers. */
export function TargetRow({ planId, target, editable }: { planId: string; target: TargetValues; editable: boolean }) {
  const t = useT();
  const [state, action, pending] = useActionState(setTargetAction, idleState);
  const id = (field: string) => `${field}-${target.agencyId}`;
  // A refused save keeps what was entered (React resets the form after every action; the defaults are what it resets to).
  const text = (name: "dossierReason" | "onSiteCategory" | "rationale", saved: string) => echoed(state, name, saved);
  const ticked = (name: "inDossier" | "onSite", saved: boolean) =>
    state.status === "error" ? echoed(state, name) === "true" : saved;
  const control = "min-h-11 w-full rounded-md border border-slate-500 bg-white px-2 disabled:bg-slate-100";
  return (
    <form
      action={action}
      className="grid gap-2 border-b border-slate-200 py-3 md:grid-cols-[minmax(12rem,2fr)_auto_minmax(10rem,1.5fr)_auto_auto_minmax(10rem,1.5fr)_auto] md:items-center"
    >
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="agencyId" value={target.agencyId} />
      <div>
        <p className="font-medium">{target.name}</p>
        <p className="text-xs text-slate-700">{target.code}</p>
      </div>
      <label className="flex min-h-11 items-center gap-2 text-sm" htmlFor={id("inDossier")}>
        <input
          id={id("inDossier")}
          name="inDossier"
          type="checkbox"
          value="true"
          defaultChecked={ticked("inDossier", target.inDossier)}
          disabled={!editable}
          className="size-5"
          aria-label={`${t("plans.scope.dossier")}: ${target.name}`}
        />
        {t("plans.scope.dossier")}
      </label>
      <input
        name="dossierReason"
        defaultValue={text("dossierReason", target.dossierReason)}
        disabled={!editable}
        placeholder={t("plans.scope.reason")}
        aria-label={`${t("plans.scope.reason")}: ${target.name}`}
        className={control}
      />
      <label className="flex min-h-11 items-center gap-2 text-sm" htmlFor={id("onSite")}>
        <input
          id={id("onSite")}
          name="onSite"
          type="checkbox"
          value="true"
          defaultChecked={ticked("onSite", target.onSite)}
          disabled={!editable}
          className="size-5"
          aria-label={`${t("plans.scope.onSite")}: ${target.name}`}
        />
        {t("plans.scope.onSite")}
      </label>
      <select
        name="onSiteCategory"
        defaultValue={text("onSiteCategory", target.onSiteCategory) || target.defaultCategory}
        disabled={!editable}
        aria-label={`${t("plans.scope.category")}: ${target.name}`}
        className={control}
      >
        <option value="MANDATORY">{t("plans.category.MANDATORY")}</option>
        <option value="ENCOURAGED">{t("plans.category.ENCOURAGED")}</option>
      </select>
      <input
        name="rationale"
        defaultValue={text("rationale", target.rationale)}
        disabled={!editable}
        placeholder={t("plans.scope.rationale")}
        aria-label={`${t("plans.scope.rationale")}: ${target.name}`}
        className={control}
      />
      {editable ? (
        <Button
          type="submit"
          variant="secondary"
          disabled={pending}
          aria-label={`${t("plans.scope.save")}: ${target.name}`}
        >
          {t("plans.scope.save")}
        </Button>
      ) : (
        <span />
      )}
      <div className="md:col-span-7">
        <FormStatus
          state={
            state.status === "error"
              ? { ...state, message: [state.message, ...Object.values(state.fieldErrors ?? {}).flat()].join(" ") }
              : state
          }
        />
      </div>
    </form>
  );
}
