import type { Metadata } from "next";
import { FindingFilters } from "@/components/findings/finding-filters";
import { FindingsTable } from "@/components/findings/findings-table";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { scopeFor } from "@/lib/auth/scope";
import { requireActor } from "@/lib/auth/session";
import { listFindingPlans, listFindings } from "@/lib/findings/data";
import { findingListHref, findingListQuerySchema } from "@/lib/findings/query";
import { formatNumber } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { todayInVietnam } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("findings.title") };
}

export default async function FindingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor();
  const scope = scopeFor(actor);
  const query = findingListQuerySchema.parse(await searchParams);
  const today = todayInVietnam();
  const [t, { findings, total, pages }, plans] = await Promise.all([
    getTranslator(),
    listFindings(scope, query, today),
    listFindingPlans(scope),
  ]);
  const { page: _page, ...filters } = query;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("findings.title")}
        lead={t(actor.role === "AGENCY_OFFICER" ? "findings.leadOfficer" : "findings.lead")}
      />
      <Card>
        <FindingFilters
          query={query}
          t={t}
          plans={plans.map((p) => ({
            id: p.id,
            label: `${p.number} (${p.year})${p.version > 1 ? ` — ${t("plans.version", { version: p.version })}` : ""}`,
          }))}
        />
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
