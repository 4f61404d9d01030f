import type { Metadata } from "next";
import Link from "next/link";
import { ExportActions } from "@/components/dashboard/export-actions";
import { UnitAbout } from "@/components/dashboard/unit/unit-about";
import { UnitTableCard } from "@/components/dashboard/unit/unit-table-card";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";
import { districtDashboardHref } from "@/lib/dashboard/unit/links";
import { loadUnitDashboardPage } from "@/lib/dashboard/unit/loaders";
import { getTranslator } from "@/lib/i18n/server";
import { formatCalendarDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("dashboard.unit.homeLink") };
}

const link = "font-semibold text-blue-800 underline inline-flex min-h-11 items-center";

export default async function UnitDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { t, locale, dashboard, tables, exportHref, province, error } = await loadUnitDashboardPage(
    params,
    searchParams,
  );
  const { unit } = dashboard;
  const asOf = formatCalendarDate(new Date(`${dashboard.asOf}T00:00:00Z`));
  const card = { t, locale };
  return (
    <div className="print-report space-y-6">
      {province ? (
        <nav aria-label={t("dashboard.title")} className="flex flex-wrap gap-x-6 text-sm print:hidden">
          <Link className={link} href="/tong-quan">
            {t("dashboard.unit.backProvince")}
          </Link>
          {unit.districtId && unit.parent ? (
            <Link className={link} href={districtDashboardHref(unit.districtId)}>
              {t("dashboard.unit.backDistrict", { name: unit.parent.name })}
            </Link>
          ) : null}
        </nav>
      ) : null}
      <PageHeader title={t("dashboard.unit.title", { name: unit.name })} lead={t("dashboard.unit.lead", { asOf })}>
        <ExportActions href={exportHref} xlsx={t("dashboard.export.xlsx")} print={t("dashboard.export.print")} />
      </PageHeader>
      {error ? <Alert tone="error">{t("dashboard.unit.badQuery", { message: error })}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <UnitAbout dashboard={dashboard} locale={locale} t={t} />
        <UnitTableCard title={t("dashboard.unit.lineage.title")} table={tables.lineage} {...card} />
      </div>
      <UnitTableCard title={t("dashboard.unit.scores.title")} table={tables.scores} {...card} />
      <UnitTableCard title={t("dashboard.unit.inspections.title")} table={tables.inspections} {...card} />
      <UnitTableCard
        title={t("dashboard.unit.clauses.title")}
        table={tables.clauses}
        notice={dashboard.clauses === undefined}
        {...card}
      />
      <UnitTableCard title={t("dashboard.unit.findings.title")} table={tables.findings} {...card} />
      <UnitTableCard title={t("dashboard.unit.completeness.title")} table={tables.completeness} {...card} />
      <UnitTableCard title={t("dashboard.unit.reports.title")} table={tables.reports} {...card} />
    </div>
  );
}
