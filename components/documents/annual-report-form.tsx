"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { echoed, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { TextareaField } from "@/components/ui/textarea-field";
import { submitAnnualReportAction } from "@/lib/reports/actions";

export type AnnualReportValues = {
  scopeDescription: string;
  procedureCount: string;
  internalAuditDate: string;
  managementReviewDate: string;
  scopeChanged: boolean;
  reannouncementNumber: string;
  reannouncementDate: string;
  improvements: string;
  difficulties: string;
  proposals: string;
};

const texts = ["improvements", "difficulties", "proposals"] as const;

/** The unit's yearly QMS report as a form; each submission is a new version DOST reviews. */
export function AnnualReportForm({ year, values }: { year: number; values: AnnualReportValues }) {
  const t = useT();
  const router = useRouter();
  const [state, action, pending] = useActionState(submitAnnualReportAction, idleState);
  useEffect(() => {
    if (state.status === "success") router.push(`/ho-so/${state.data.id}`);
  }, [state, router]);
  // Uncontrolled (React resets a form after its action runs, which would untick a controlled box behind
  // its back); the re-announcement fields show with CSS while the box is ticked.
  const ticked = state.status === "error" ? state.values?.scopeChanged === "on" : values.scopeChanged;
  const field = (name: keyof AnnualReportValues) => ({
    name,
    defaultValue: echoed(state, name, String(values[name])),
    errors: fieldErrors(state, name),
  });
  const date = { placeholder: "dd/mm/yyyy", inputMode: "numeric" as const };
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="year" value={year} />
      {fieldErrors(state, "year") ? (
        <p className="text-sm font-medium text-red-800">{fieldErrors(state, "year")!.join(" ")}</p>
      ) : null}
      <TextareaField label={t("documents.report.scopeDescription")} rows={4} {...field("scopeDescription")} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField label={t("documents.report.procedureCount")} type="number" min={0} {...field("procedureCount")} />
        <TextField label={t("documents.report.internalAuditDate")} {...date} {...field("internalAuditDate")} />
        <TextField label={t("documents.report.managementReviewDate")} {...date} {...field("managementReviewDate")} />
      </div>
      <fieldset className="group space-y-3 rounded-md border border-slate-300 p-3">
        <legend className="px-1 text-sm font-semibold">{t("documents.report.scopeChangeLegend")}</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="scopeChanged" className="size-5" defaultChecked={ticked} />
          {t("documents.report.scopeChanged")}
        </label>
        <div className="hidden gap-4 group-has-[:checked]:grid md:grid-cols-2">
          <TextField
            label={t("documents.report.reannouncementNumber")}
            placeholder="12/QĐ-UBND"
            {...field("reannouncementNumber")}
          />
          <TextField label={t("documents.report.reannouncementDate")} {...date} {...field("reannouncementDate")} />
        </div>
      </fieldset>
      {texts.map((name) => (
        <TextareaField key={name} label={t(`documents.report.${name}`)} rows={3} {...field(name)} />
      ))}
      <Button type="submit" disabled={pending}>
        {t("documents.report.submit")}
      </Button>
    </form>
  );
}
