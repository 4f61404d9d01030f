import type { Metadata } from "next";
import Link from "next/link";
import { OwnUnitSummary } from "@/components/documents/own-unit-summary";
import { RecordFilters } from "@/components/documents/record-filters";
import { RecordTable } from "@/components/documents/record-table";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { loadRecordsPage } from "@/lib/documents/loaders";
import { queryHref } from "@/lib/query-string";
import { formatNumber } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("documents.title") };
}

/** DOST and the committee: the review queue of every unit. An officer: their unit's records, requests and completeness. */
export default async function RecordsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [t, { query, queue, records, total, pages, plans, own, canUpload }] = await Promise.all([
    getTranslator(),
    loadRecordsPage(searchParams),
  ]);
  const { page: _page, ...filters } = query;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("documents.title")}
        lead={queue ? t("documents.list.queueLead") : t("documents.list.ownLead")}
      >
        <div className="flex flex-wrap gap-2">
          {canUpload ? (
            <>
              <Link href="/ho-so/moi" className={buttonClass("primary")}>
                {t("documents.upload.title")}
              </Link>
              <Link href="/ho-so/bao-cao-nam/moi" className={buttonClass("secondary")}>
                {t("documents.report.title")}
              </Link>
            </>
          ) : null}
          {queue ? (
            <Link href="/ho-so/day-du" className={buttonClass("secondary")}>
              {t("documents.completeness.title")}
            </Link>
          ) : null}
        </div>
      </PageHeader>
      {own ? <OwnUnitSummary summary={own} plans={plans} t={t} /> : null}
      {queue ? (
        <Card>
          <RecordFilters
            query={query}
            t={t}
            plans={plans.map((p) => ({ value: p.id, label: `${p.number} (${p.year})` }))}
          />
        </Card>
      ) : null}
      <Card
        title={
          queue
            ? t("documents.list.queueCount", { count: formatNumber(total) })
            : t("documents.list.ownCount", { count: formatNumber(total) })
        }
      >
        {records.length ? <RecordTable records={records} t={t} queue={queue} /> : <p>{t("documents.list.empty")}</p>}
        <Pagination
          page={query.page}
          pages={pages}
          href={(page) => queryHref("/ho-so", { ...filters, page })}
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
