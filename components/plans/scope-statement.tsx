import type { Translate } from "@/lib/i18n";
import type { summarisePlan } from "@/lib/plans/workflow/rules";

type Summary = ReturnType<typeof summarisePlan>;
type Row = Summary["byKind"][number];

/**
 * The plan's figures in words, computed from its scope on every render (never stored text), so what a plan
 * says about its size cannot contradict its numbers, in a copy or an amendment either.
 */
export function ScopeStatement({ summary, t, locale }: { summary: Summary; t: Translate; locale: string }) {
  const list = (count: (row: Row) => number) =>
    summary.byKind
      .filter((row) => count(row) > 0)
      .map((row) => `${locale === "vi" ? row.kind.nameVi : row.kind.nameEn}: ${count(row)}`)
      .join("; ") || "—";
  const { total, rule } = summary;
  return (
    <ul className="list-disc space-y-1 pl-5 text-slate-800">
      <li>{t("plans.statement.dossier", { total: total.dossier, list: list((r) => r.dossier) })}</li>
      <li>
        {t("plans.statement.onSiteMandatory", {
          count: total.onSiteMandatory,
          list: list((r) => r.onSiteMandatory),
          mandatory: rule.mandatoryInDossier,
          required: rule.required,
        })}
      </li>
      {total.onSiteEncouraged > 0 ? (
        <li>
          {t("plans.statement.onSiteEncouraged", {
            count: total.onSiteEncouraged,
            list: list((r) => r.onSiteEncouraged),
          })}
        </li>
      ) : null}
    </ul>
  );
}
