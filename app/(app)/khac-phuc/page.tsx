import type { Metadata } from "next";
import Link from "next/link";
import { FindingFilters } from "@/components/findings/finding-filters";
import { FindingsTable } from "@/components/findings/findings-table";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { loadCorrectivePage } from "@/lib/findings/loaders";
import { correctiveQueueHref } from "@/lib/findings/schema";
import { formatNumber } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("corrective.title") };
}

/**
 * The corrective-action queue (TT26 Đ37): unresolved findings the actor may read, their own work first
 * (an officer: findings awaiting the unit; DOST: answers to verify), filtered by plan, unit, status, overdue.
 */
export default async function CorrectiveQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { t, query, filters, today, findings, total, pages, lead, plans, reportable } =
    await loadCorrectivePage(searchParams);
  return (
    <div className="space-y-6">
      <PageHeader title={t("corrective.title")} lead={t(lead)} />
      <Card>
        <FindingFilters
          query={query}
          t={t}
          plans={plans}
          resetHref="/khac-phuc"
          label={t("corrective.queue.filters")}
        />
      </Card>
      {reportable.length ? (
        <Card title={t("corrective.answerAll")}>
          <ul className="list-disc space-y-1 pl-5">
            {reportable.map((r) => (
              <li key={r.id}>
                <Link href={`/khac-phuc/bao-cao/${r.id}`} className="text-blue-800 underline">
                  {r.label}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card title={t("corrective.queue.count", { count: formatNumber(total) })}>
        {findings.length ? (
          <FindingsTable findings={findings} today={today} t={t} caption={t("corrective.title")} />
        ) : (
          <p>{t("corrective.queue.empty")}</p>
        )}
        <Pagination
          page={query.page}
          pages={pages}
          href={(page) => correctiveQueueHref({ ...filters, page })}
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
