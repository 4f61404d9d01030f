import type { Metadata } from "next";
import Link from "next/link";
import { agencyRowsHtml } from "@/components/agencies/agency-rows-html";
import { AgencyFilters } from "@/components/agencies/agency-filters";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { SoftLinks } from "@/components/ui/soft-links";
import { Table, Th } from "@/components/ui/table";
import { loadAgencyListPage } from "@/lib/agencies/loaders";
import { agencyListHref } from "@/lib/agencies/registry/query-string";
import { formatNumber } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { formatCalendarDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("agencies.title") };
}

export default async function AgenciesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [t, locale, { query, agencies, total, pages, kinds, districts, can }] = await Promise.all([
    getTranslator(),
    getLocale(),
    loadAgencyListPage(searchParams),
  ]);
  const { page: _page, ...filters } = query;
  const exportHref = (format: "xlsx" | "csv") => agencyListHref({ ...filters, format }, "/api/agencies/export");

  return (
    <div className="space-y-6">
      <PageHeader title={t("agencies.title")} lead={t("agencies.lead")}>
        <div className="flex flex-wrap gap-2">
          {can.export ? (
            <>
              <a href={exportHref("xlsx")} className={buttonClass("secondary")}>
                {t("agencies.exportXlsx")}
              </a>
              <a href={exportHref("csv")} className={buttonClass("secondary")}>
                {t("agencies.exportCsv")}
              </a>
            </>
          ) : null}
          {can.import ? (
            <Link href="/co-quan/nhap" className={buttonClass("secondary")}>
              {t("agencies.importLink")}
            </Link>
          ) : null}
          <Link href="/co-quan/sap-xep" className={buttonClass("secondary")}>
            {t("agencies.reorganisations")}
          </Link>
        </div>
      </PageHeader>
      <Card>
        <AgencyFilters
          query={query}
          t={t}
          kinds={kinds.map((k) => ({ code: k.code, name: locale === "vi" ? k.nameVi : k.nameEn }))}
          districts={districts.map((d) => ({
            code: d.code,
            name: d.validTo ? `${d.name} (${t("agencies.ended", { date: formatCalendarDate(d.validTo) })})` : d.name,
          }))}
        />
      </Card>
      <Card title={t("agencies.count", { count: formatNumber(total) })}>
        {agencies.length ? (
          <SoftLinks>
            <Table caption={t("agencies.title")}>
              <thead>
                <tr>
                  <Th>{t("agencies.code")}</Th>
                  <Th>{t("agencies.name")}</Th>
                  <Th>{t("agencies.kind")}</Th>
                  <Th>{t("agencies.parent")}</Th>
                  <Th>{t("agencies.isoRequirement")}</Th>
                  <Th>{t("agencies.standardVersion")}</Th>
                  <Th>{t("agencies.announcement")}</Th>
                </tr>
              </thead>
              <tbody dangerouslySetInnerHTML={{ __html: agencyRowsHtml(agencies, t, locale) }} />
            </Table>
          </SoftLinks>
        ) : (
          <p>{t("agencies.empty")}</p>
        )}
        <Pagination
          page={query.page}
          pages={pages}
          href={(page) => agencyListHref({ ...filters, page })}
          labels={{
            previous: t("audit.previous"),
            next: t("audit.next"),
            status: t("common.page", { page: query.page, pages }),
          }}
        />
      </Card>
    </div>
  );
}
