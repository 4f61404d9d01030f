import type { Metadata } from "next";
import Link from "next/link";
import { CopyTemplateButton } from "@/components/checklists/copy-template-button";
import { TemplateStatusBadge, UsageBadge } from "@/components/checklists/template-status";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { loadChecklistsPage } from "@/lib/checklists/loaders";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("checklists.title") };
}

export default async function ChecklistsPage({ searchParams }: { searchParams: Promise<{ ok?: string }> }) {
  const { t, discarded, showActions, sections } = await loadChecklistsPage(searchParams);
  return (
    <div className="space-y-6">
      <PageHeader title={t("checklists.title")} lead={t("checklists.lead")}>
        <Link href="/bang-kiem/doi-chieu" className="font-semibold text-blue-800 underline">
          {t("checklists.crosswalkLink")}
        </Link>
      </PageHeader>
      <Alert tone="success">{discarded ? t("checklists.done.discarded") : null}</Alert>
      {sections.map(({ standard, templates }) => (
        <Card key={standard} title={t(`checklistStandard.${standard}`)}>
          <Table caption={t(`checklistStandard.${standard}`)}>
            <thead>
              <tr>
                <Th>{t("checklists.version")}</Th>
                <Th>{t("checklists.name")}</Th>
                <Th>{t("checklists.status")}</Th>
                <Th className="text-right">{t("checklists.items")}</Th>
                <Th>{t("checklists.usage")}</Th>
                <Th>{t("checklists.basedOn")}</Th>
                {showActions ? <Th>{t("checklists.actions")}</Th> : null}
              </tr>
            </thead>
            <tbody>
              {templates.map((x) => (
                <tr key={x.id}>
                  <td className="whitespace-nowrap">
                    <Link href={`/bang-kiem/${x.id}`} className="font-semibold text-blue-800 underline">
                      {t("checklists.versionN", { version: x.version })}
                    </Link>
                  </td>
                  <td>
                    {x.title}
                    {x.publishedAt ? (
                      <span className="block text-sm text-slate-700">
                        {t("checklists.publishedOn", { date: formatDate(x.publishedAt) })}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <TemplateStatusBadge status={x.status} label={t(`checklists.statuses.${x.status}`)} />
                  </td>
                  <td className="text-right tabular-nums">{formatNumber(x._count.items)}</td>
                  <td>
                    {x.usedAt ? (
                      <UsageBadge label={t("checklists.inUseSince", { date: formatDate(x.usedAt) })} />
                    ) : (
                      t("checklists.notUsed")
                    )}
                  </td>
                  <td className="whitespace-nowrap">
                    {x.basedOn ? (
                      <Link href={`/bang-kiem/${x.basedOn.id}`} className="text-blue-800 underline">
                        {t("checklists.versionN", { version: x.basedOn.version })}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </td>
                  {showActions ? (
                    <td>{x.canCopy ? <CopyTemplateButton fromId={x.id} version={x.version} /> : null}</td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      ))}
    </div>
  );
}
