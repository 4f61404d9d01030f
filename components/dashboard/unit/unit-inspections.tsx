import Link from "next/link";
import { InspectionStatusBadge } from "@/components/inspections/status-badge";
import { groupLabel } from "@/components/inspections/score-panel";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { inspectionHref, unitDashboardHref } from "@/lib/dashboard/unit/links";
import type { UnitDashboard } from "@/lib/dashboard/unit/loaders";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale, Translate } from "@/lib/i18n";
import { formatCalendarDate } from "@/lib/text/dates";
import { RowTh, ScoreCell } from "./cells";

const num = "text-right";
const link = "font-semibold text-blue-800 underline";

/** The unit's inspections the reader may open, each to its page, and the chosen one's scores by clause group. */
export function UnitInspections({ dashboard, locale, t }: { dashboard: UnitDashboard; locale: Locale; t: Translate }) {
  const { unit, inspections, clauses } = dashboard;
  return (
    <>
      <Card title={t("dashboard.unit.inspections.title")}>
        {inspections.length ? (
          <Table caption={t("dashboard.unit.inspections.caption", { name: unit.name })}>
            <thead>
              <tr>
                <Th>{t("dashboard.unit.inspections.year")}</Th>
                <Th>{t("dashboard.unit.inspections.plan")}</Th>
                <Th>{t("dashboard.unit.inspections.unit")}</Th>
                <Th>{t("dashboard.unit.inspections.kind")}</Th>
                <Th>{t("dashboard.unit.inspections.status")}</Th>
                <Th>{t("dashboard.unit.inspections.recordDate")}</Th>
                <Th className={num}>{t("dashboard.unit.inspections.conformity")}</Th>
                <Th>{t("dashboard.unit.inspections.result")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {inspections.map((i) => {
                const kind = t(`inspections.kinds.${i.kind}`);
                return (
                  <tr key={i.id}>
                    <RowTh>{i.plan.year}</RowTh>
                    <Td>{i.plan.number}</Td>
                    <Td>{i.agencyName}</Td>
                    <Td>
                      <Link
                        className={`${link} inline-flex min-h-11 items-center`}
                        href={inspectionHref(i.id)}
                        aria-label={`${t("dashboard.unit.inspections.open")}: ${kind} ${i.plan.year}, ${i.agencyName}`}
                      >
                        {kind}
                      </Link>
                    </Td>
                    <Td>
                      <InspectionStatusBadge status={i.status} label={t(`inspections.statuses.${i.status}`)} />
                    </Td>
                    <Td className="tabular-nums">{formatCalendarDate(i.recordDate)}</Td>
                    <ScoreCell score={i.score} empty="—" locale={locale} t={t} />
                    <Td>
                      {i.overallResult && i.status === "SIGNED_OFF" ? t(`inspections.overall.${i.overallResult}`) : "—"}{" "}
                      {clauses?.inspection.id === i.id ? null : (
                        <Link
                          className="text-sm text-blue-800 underline"
                          href={unitDashboardHref(unit.id, { inspectionId: i.id })}
                          aria-label={`${t("dashboard.unit.inspections.byClause")}: ${kind} ${i.plan.year}, ${i.agencyName}`}
                        >
                          {t("dashboard.unit.inspections.byClause")}
                        </Link>
                      )}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        ) : (
          <p className="text-sm text-slate-700">{t("dashboard.unit.inspections.none")}</p>
        )}
      </Card>

      <Card title={t("dashboard.unit.clauses.title")}>
        {clauses === undefined ? (
          <Alert tone="info">{t("dashboard.unit.clauses.notFound")}</Alert>
        ) : clauses === null ? (
          <p className="text-sm text-slate-700">{t("dashboard.unit.clauses.none")}</p>
        ) : (
          <ClauseTable clauses={clauses} locale={locale} t={t} />
        )}
      </Card>
    </>
  );
}

function ClauseTable({
  clauses,
  locale,
  t,
}: {
  clauses: NonNullable<UnitDashboard["clauses"]>;
  locale: Locale;
  t: Translate;
}) {
  const { inspection, groups, overall } = clauses;
  const kind = t(`inspections.kinds.${inspection.kind}`);
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        {t("dashboard.unit.clauses.lead", {
          kind,
          year: inspection.plan.year,
          plan: inspection.plan.number,
          unit: inspection.agencyName,
          status: t(`inspections.statuses.${inspection.status}`),
        })}
      </p>
      <Table caption={t("dashboard.unit.clauses.caption", { kind, year: inspection.plan.year })}>
        <thead>
          <tr>
            <Th>{t("dashboard.unit.clauses.group")}</Th>
            <Th className={num}>{t("dashboard.unit.clauses.conforming")}</Th>
            <Th className={num}>{t("dashboard.unit.clauses.applicable")}</Th>
            <Th className={num}>{t("dashboard.unit.clauses.nonconforming")}</Th>
            <Th className={num}>{t("dashboard.unit.clauses.conformity")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {groups.map((g) => {
            const label = groupLabel(t, g);
            return (
              <tr key={g.href}>
                <RowTh>
                  <Link
                    className={`${link} inline-flex min-h-11 items-center`}
                    href={g.href}
                    aria-label={t("dashboard.unit.clauses.openGroup", { group: label })}
                  >
                    {label}
                  </Link>
                </RowTh>
                <Td className="text-right tabular-nums">{formatNumber(g.conforming)}</Td>
                <Td className="text-right tabular-nums">{formatNumber(g.applicable)}</Td>
                <Td className="text-right tabular-nums">{formatNumber(g.nonconforming)}</Td>
                <ScoreCell score={g} empty="—" locale={locale} t={t} />
              </tr>
            );
          })}
          <tr>
            <Th scope="row" className="bg-white">
              {t("dashboard.unit.clauses.overall")}
            </Th>
            <Td className="text-right font-semibold tabular-nums">{formatNumber(overall.conforming)}</Td>
            <Td className="text-right font-semibold tabular-nums">{formatNumber(overall.applicable)}</Td>
            <Td className="text-right font-semibold tabular-nums">{formatNumber(overall.nonconforming)}</Td>
            <ScoreCell score={overall} empty="—" locale={locale} t={t} />
          </tr>
        </tbody>
      </Table>
    </div>
  );
}
