"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { echoed, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { createYearReportAction } from "@/lib/year-reports/actions";
import { yearReportKinds } from "@/lib/year-reports/constants";

/** A new report: kind, year and the day its figures are counted at. Opens the report once created. */
export function CreateYearReportForm({ defaultYear, defaultAsOf }: { defaultYear: number; defaultAsOf: string }) {
  const t = useT();
  const router = useRouter();
  const [state, action, pending] = useActionState(createYearReportAction, idleState);
  useEffect(() => {
    if (state.status === "success") router.push(`/bao-cao/${state.data.id}`);
  }, [state, router]);
  return (
    <form action={action} className="space-y-4" noValidate aria-describedby="create-report-status">
      <FormStatus state={state} id="create-report-status" />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label={t("yearReports.create.kind")}
          name="kind"
          defaultValue={echoed(state, "kind", "NOVEMBER_CONSOLIDATION")}
          errors={fieldErrors(state, "kind")}
          options={yearReportKinds.map((k) => ({ value: k, label: t(`yearReports.kinds.${k}`) }))}
        />
        <TextField
          label={t("yearReports.create.year")}
          name="year"
          inputMode="numeric"
          defaultValue={echoed(state, "year", String(defaultYear))}
          errors={fieldErrors(state, "year")}
        />
        <TextField
          label={t("yearReports.create.asOf")}
          name="asOf"
          hint={t("yearReports.create.asOfHint")}
          defaultValue={echoed(state, "asOf", defaultAsOf)}
          errors={fieldErrors(state, "asOf")}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("yearReports.create.pending") : t("yearReports.create.submit")}
      </Button>
    </form>
  );
}
