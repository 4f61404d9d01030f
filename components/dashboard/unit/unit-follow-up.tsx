import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { findingHref } from "@/lib/dashboard/unit/links";
import { formatCalendarDate } from "@/lib/text/dates";
import type { UnitDashboard } from "@/lib/dashboard/unit/loaders";
import { formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n";
import { formatDate } from "@/lib/dates";
import { RowTh } from "./cells";

const num = "text-right";
const link = "font-semibold text-blue-800 underline";

/** What is still owed: open findings with their due dates (overdue marked), records completeness, annual reports. */
export function UnitFollowUp({ dashboard, t }: { dashboard: UnitDashboard; t: Translate }) {
  const { unit, openFindings, completeness, annualReports } = dashboard;
  return (
    <>
      <Card title={t("dashboard.unit.findings.title")}>
        {openFindings.length ? (
          <Table caption={t("dashboard.unit.findings.caption", { name: unit.name })}>
            <thead>
              <tr>
                <Th>{t("dashboard.unit.findings.number")}</Th>
                <Th>{t("dashboard.unit.findings.clause")}</Th>
                <Th>{t("dashboard.unit.findings.severity")}</Th>
                <Th>{t("dashboard.unit.findings.status")}</Th>
                <Th>{t("dashboard.unit.findings.due")}</Th>
                <Th>{t("dashboard.unit.findings.inspection")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {openFindings.map((f) => (
                <tr key={f.id}>
                  <RowTh>
                    <Link
                      className={`${link} inline-flex min-h-11 min-w-11 items-center`}
                      href={findingHref(f.id)}
                      aria-label={t("dashboard.unit.findings.open", { number: f.number })}
                    >
                      {f.number}
                    </Link>
                  </RowTh>
                  <Td>{f.clause}</Td>
                  <Td>{t(`findings.severities.${f.severity}`)}</Td>
                  <Td>{t(`findings.statuses.${f.status}`)}</Td>
                  <Td className="tabular-nums">
                    {f.dueDate ? formatCalendarDate(f.dueDate) : t("dashboard.unit.findings.noDue")}
                    {f.overdue ? (
                      <span className="ml-2 rounded bg-red-800 px-2 py-0.5 text-xs font-semibold text-white">
                        {t("dashboard.unit.findings.overdue")}
                      </span>
                    ) : null}
                  </Td>
                  <Td>
                    {f.inspection.plan.year} — {t(`inspections.kinds.${f.inspection.kind}`)}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-sm text-slate-700">{t("dashboard.unit.findings.none")}</p>
        )}
      </Card>

      <Card title={t("dashboard.unit.completeness.title")}>
        {completeness.length ? (
          <Table caption={t("dashboard.unit.completeness.caption", { name: unit.name })}>
            <thead>
              <tr>
                <Th>{t("dashboard.unit.completeness.year")}</Th>
                <Th>{t("dashboard.unit.completeness.plan")}</Th>
                <Th>{t("dashboard.unit.completeness.unit")}</Th>
                <Th className={num}>{t("dashboard.unit.completeness.percent")}</Th>
                <Th className={num}>{t("dashboard.unit.completeness.accepted")}</Th>
                <Th>{t("dashboard.unit.completeness.missing")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {completeness.map((c) => (
                <tr key={`${c.planId} ${c.agencyId}`}>
                  <RowTh>{c.year}</RowTh>
                  <Td>{c.planNumber}</Td>
                  <Td>{c.agencyName}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(c.percent)}</Td>
                  <Td className="text-right tabular-nums">
                    {formatNumber(c.accepted)}/{formatNumber(c.required)}
                  </Td>
                  <Td>{c.missing.map((m) => t(`documents.categories.${m}`)).join("; ") || "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-sm text-slate-700">{t("dashboard.unit.completeness.none")}</p>
        )}
      </Card>

      <Card title={t("dashboard.unit.reports.title")}>
        {annualReports.length ? (
          <Table caption={t("dashboard.unit.reports.caption", { name: unit.name })}>
            <thead>
              <tr>
                <Th>{t("dashboard.unit.reports.year")}</Th>
                <Th>{t("dashboard.unit.reports.unit")}</Th>
                <Th className={num}>{t("dashboard.unit.reports.versions")}</Th>
                <Th>{t("dashboard.unit.reports.last")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {annualReports.map((r) => (
                <tr key={`${r.year} ${r.agencyId}`}>
                  <RowTh>{r.year}</RowTh>
                  <Td>{r.agencyName}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(r.versions)}</Td>
                  <Td className="tabular-nums">{formatDate(r.lastAt)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-sm text-slate-700">{t("dashboard.unit.reports.none")}</p>
        )}
      </Card>
    </>
  );
}
