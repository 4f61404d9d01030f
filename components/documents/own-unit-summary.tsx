import type { Scope } from "@/lib/auth/actor";
import { planCompleteness } from "@/lib/documents/completeness-data";
import { listRecordRequests } from "@/lib/documents/data";
import type { Translate } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/format";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { UnitCompleteness } from "./unit-completeness";

/**
 * An officer's view of their unit in the latest plan: completeness, and DOST's requests for missing records
 * while any category they name is still missing (an open request).
 */
export async function OwnUnitSummary({ scope, plan, t }: { scope: Scope; plan: { id: string; number: string; year: number }; t: Translate }) {
  const [[own], requests] = await Promise.all([planCompleteness(scope, plan), listRecordRequests(scope, { planId: plan.id })]);
  if (!own) return null;
  const open = requests.filter((r) => r.categories.some((c) => own.missing.includes(c)));
  return (
    <Card title={t("documents.completeness.own", { plan: `${plan.number} (${plan.year})` })}>
      {open.length ? (
        <Alert tone="info">
          {open.map((r) => (
            <p key={r.id}>
              <span className="font-semibold">{t("documents.completeness.openRequest", { time: formatDateTime(r.at) })}</span>{" "}
              {r.categories.filter((c) => own.missing.includes(c)).map((c) => t(`documents.categories.${c}`)).join("; ")}
              {r.comment ? <span className="block">{r.comment}</span> : null}
            </p>
          ))}
        </Alert>
      ) : null}
      <UnitCompleteness value={own} t={t} label={t("documents.completeness.percentOf", { unit: own.agency.name })} />
    </Card>
  );
}
