"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { TransitionForm } from "@/components/ui/transition-form";
import { refreshYearReportFiguresAction } from "@/lib/year-reports/actions";

/** "Cập nhật số liệu": DOST staff compute a draft's figures again; the page then shows them with the new time. */
export function RefreshFigures({ id }: { id: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(refreshYearReportFiguresAction, idleState);
  return (
    <TransitionForm
      action={action}
      id={id}
      label={t("yearReports.detail.refresh")}
      pendingLabel={t("yearReports.detail.refreshing")}
      pending={pending}
      variant="secondary"
      status={<FormStatus state={state} />}
    />
  );
}
