import type { Metadata } from "next";
import { FindingFilters } from "@/components/findings/finding-filters";
import { FindingsTable } from "@/components/findings/findings-table";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { loadFindingsPage } from "@/lib/findings/loaders";
import { findingListHref } from "@/lib/findings/schema";
import { formatNumber } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("findings.title") };
}

export default async function FindingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { t, query, filters, today, findings, total, pages, lead, plans } = await loadFindingsPage(searchParams);
  return (
    <div className="space-y-6">
      <PageHeader title={t("findings.title")} lead={t(lead)} />
      <Card>
        <FindingFilters query={query} t={t} plans={plans} />
      </Card>
      <Card title={t("findings.count", { count: formatNumber(total) })}>
        {findings.length ? <FindingsTable findings={findings} today={today} t={t} /> : <p>{t("findings.empty")}</p>}
        <Pagination
          page={query.page}
          pages={pages}
          href={(page) => findingListHref({ ...filters, page })}
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
