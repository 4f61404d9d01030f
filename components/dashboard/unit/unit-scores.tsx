import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { UnitDashboard } from "@/lib/dashboard/unit/loaders";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale, Translate } from "@/lib/i18n";
import { formatCalendarDate } from "@/lib/text/dates";
import { lineLabel, RowTh, ScoreCell } from "./cells";

const num = "text-right";

/** The unit's (and its predecessors') conformity and result per year, oldest first: the trend across reorganisations. */
export function UnitScores({ dashboard, locale, t }: { dashboard: UnitDashboard; locale: Locale; t: Translate }) {
  const { unit, years, names } = dashboard;
  const asOf = formatCalendarDate(new Date(`${dashboard.asOf}T00:00:00Z`));
  const notDone = t("dashboard.unit.scores.notDone");
  return (
    <Card title={t("dashboard.unit.scores.title")}>
      {years.length ? (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">{t("dashboard.unit.scores.signedOffOnly", { asOf })}</p>
          <Table caption={t("dashboard.unit.scores.caption", { name: unit.name })}>
            <thead>
              <tr>
                <Th>{t("dashboard.unit.scores.year")}</Th>
                <Th>{t("dashboard.unit.scores.unit")}</Th>
                <Th className={num}>{t("dashboard.unit.scores.dossier")}</Th>
                <Th className={num}>{t("dashboard.unit.scores.onSite")}</Th>
                <Th>{t("dashboard.unit.scores.result")}</Th>
                <Th className={num}>{t("dashboard.unit.scores.nonconformities")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {years.flatMap(({ year, rows }) =>
                rows.map((row) => (
                  <tr key={`${year} ${row.agencyId}`}>
                    <RowTh>{year}</RowTh>
                    <Td>
                      {lineLabel(t, unit.name, { name: names[row.agencyId] ?? "", predecessor: row.predecessor })}
                    </Td>
                    <ScoreCell score={row.dossier} empty={notDone} locale={locale} t={t} />
                    <ScoreCell
                      score={row.onSite}
                      empty={row.onSitePlanned ? notDone : t("dashboard.unit.scores.notPlanned")}
                      locale={locale}
                      t={t}
                    />
                    <Td>{row.result ? t(`inspections.overall.${row.result}`) : notDone}</Td>
                    <Td className="text-right tabular-nums">{formatNumber(row.nonconformities)}</Td>
                  </tr>
                )),
              )}
            </tbody>
          </Table>
        </div>
      ) : (
        <p className="text-sm text-slate-700">{t("dashboard.unit.scores.none")}</p>
      )}
    </Card>
  );
}
