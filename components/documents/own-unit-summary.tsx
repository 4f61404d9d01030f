import type { OwnUnitSummaryData } from "@/lib/documents/loaders";
import type { Translate } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ChoiceForm } from "@/components/ui/choice-form";
import { UnitCompleteness } from "./unit-completeness";

type Plan = { id: string; number: string; year: number };

/**
 * An officer's view of their unit in one plan (chooseCompletenessPlan; the others of `plans` are offered in
 * a select kept in the URL as ?ke-hoach=): completeness, and DOST's requests for missing records while any
 * category they name is still missing (an open request).
 */
export function OwnUnitSummary({ summary, plans, t }: { summary: OwnUnitSummaryData; plans: Plan[]; t: Translate }) {
  const { plan, completeness: own, openRequests: open } = summary;
  return (
    <Card title={t("documents.completeness.own", { plan: `${plan.number} (${plan.year})` })}>
      {plans.length > 1 ? (
        <div className="mb-3">
          <ChoiceForm
            label={t("documents.completeness.planChoice")}
            name="ke-hoach"
            value={plan.id}
            options={plans.map((p) => ({ value: p.id, label: `${p.number} (${p.year})` }))}
            submitLabel={t("documents.completeness.showPlan")}
          />
        </div>
      ) : null}
      {open.length ? (
        <Alert tone="info">
          {open.map((r) => (
            <p key={r.id}>
              <span className="font-semibold">
                {t("documents.completeness.openRequest", { time: formatDateTime(r.at) })}
              </span>{" "}
              {r.categories
                .filter((c) => own.missing.includes(c))
                .map((c) => t(`documents.categories.${c}`))
                .join("; ")}
              {r.comment ? <span className="block">{r.comment}</span> : null}
            </p>
          ))}
        </Alert>
      ) : null}
      <UnitCompleteness value={own} t={t} label={t("documents.completeness.percentOf", { unit: own.agency.name })} />
    </Card>
  );
}
