import { Table, Th } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n";
import type { summarisePlan } from "@/lib/plans/workflow/rules";

/** The live summary by kind, track and category, with the one-third rule of TT26 Art. 33. */
export function PlanSummary({
  summary,
  t,
  locale,
}: {
  summary: ReturnType<typeof summarisePlan>;
  t: Translate;
  locale: string;
}) {
  const { rule, total } = summary;
  return (
    <div className="space-y-3">
      <Table caption={t("plans.summary.title")}>
        <thead>
          <tr>
            <Th>{t("plans.summary.kind")}</Th>
            <Th className="text-right">{t("plans.summary.dossier")}</Th>
            <Th className="text-right">{t("plans.summary.onSiteMandatory")}</Th>
            <Th className="text-right">{t("plans.summary.onSiteEncouraged")}</Th>
          </tr>
        </thead>
        <tbody>
          {summary.byKind.map((row) => (
            <tr key={row.kind.code}>
              <td>{locale === "vi" ? row.kind.nameVi : row.kind.nameEn}</td>
              <td className="text-right tabular-nums">{row.dossier}</td>
              <td className="text-right tabular-nums">{row.onSiteMandatory}</td>
              <td className="text-right tabular-nums">{row.onSiteEncouraged}</td>
            </tr>
          ))}
          <tr className="font-semibold">
            <td>{t("plans.summary.total")}</td>
            <td className="text-right tabular-nums">{total.dossier}</td>
            <td className="text-right tabular-nums">{total.onSiteMandatory}</td>
            <td className="text-right tabular-nums">{total.onSiteEncouraged}</td>
          </tr>
        </tbody>
      </Table>
      <p className="text-sm">
        {t("plans.summary.onSiteTotal", {
          total: total.onSite,
          mandatory: total.onSiteMandatory,
          encouraged: total.onSiteEncouraged,
        })}
      </p>
      <p className="text-sm">
        {t("plans.summary.rule", {
          mandatory: rule.mandatoryInDossier,
          required: rule.required,
          actual: rule.mandatoryOnSite,
        })}
      </p>
      <p className={`text-sm font-semibold ${rule.ok ? "text-green-800" : "text-red-800"}`}>
        {rule.ok
          ? t("plans.summary.ruleOk")
          : t("plans.summary.ruleFail", { missing: rule.required - rule.mandatoryOnSite })}
      </p>
    </div>
  );
}
