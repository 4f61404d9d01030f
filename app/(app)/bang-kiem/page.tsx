import type { Metadata } from "next";
import Link from "next/link";
import { CopyTemplateButton } from "@/components/checklists/copy-template-button";
import { TemplateStatusBadge, UsageBadge } from "@/components/checklists/template-status";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { scopeFor } from "@/lib/auth/scope";
import { requireActor } from "@/lib/auth/session";
import { listChecklistTemplates, type TemplateSummary } from "@/lib/checklists/data";
import { canChecklist } from "@/lib/checklists/policy";
import type { ChecklistStandard } from "@/lib/generated/prisma/enums";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("checklists.title") };
}

const standards: ChecklistStandard[] = ["QD19_2014", "ISO_9001_2015", "ISO_9001_2008"];

export default async function ChecklistsPage({ searchParams }: { searchParams: Promise<{ ok?: string }> }) {
  const actor = await requireActor();
  const discarded = (await searchParams).ok === "discarded";
  const [t, templates] = await Promise.all([getTranslator(), listChecklistTemplates(scopeFor(actor))]);
  const byStandard = (standard: ChecklistStandard) => templates.filter((x) => x.standard === standard);
  const mayCopy = (x: TemplateSummary) => canChecklist(actor, "copy", x);
  const showActions = templates.some(mayCopy);
  return (
    <div className="space-y-6">
      <PageHeader title={t("checklists.title")} lead={t("checklists.lead")}>
        <Link href="/bang-kiem/doi-chieu" className="font-semibold text-blue-800 underline">
          {t("checklists.crosswalkLink")}
        </Link>
      </PageHeader>
      <Alert tone="success">{discarded ? t("checklists.done.discarded") : null}</Alert>
      {standards.map((standard) => (
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
            <tbody className="divide-y divide-slate-200">
              {byStandard(standard).map((x) => (
                <tr key={x.id}>
                  <Td className="whitespace-nowrap">
                    <Link href={`/bang-kiem/${x.id}`} className="font-semibold text-blue-800 underline">
                      {t("checklists.versionN", { version: x.version })}
                    </Link>
                  </Td>
                  <Td>
                    {x.title}
                    {x.publishedAt ? (
                      <span className="block text-sm text-slate-700">
                        {t("checklists.publishedOn", { date: formatDate(x.publishedAt) })}
                      </span>
                    ) : null}
                  </Td>
                  <Td>
                    <TemplateStatusBadge status={x.status} label={t(`checklists.statuses.${x.status}`)} />
                  </Td>
                  <Td className="text-right tabular-nums">{formatNumber(x._count.items)}</Td>
                  <Td>
                    {x.usedAt ? (
                      <UsageBadge label={t("checklists.inUseSince", { date: formatDate(x.usedAt) })} />
                    ) : (
                      t("checklists.notUsed")
                    )}
                  </Td>
                  <Td className="whitespace-nowrap">
                    {x.basedOn ? (
                      <Link href={`/bang-kiem/${x.basedOn.id}`} className="text-blue-800 underline">
                        {t("checklists.versionN", { version: x.basedOn.version })}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </Td>
                  {showActions ? (
                    <Td>{mayCopy(x) ? <CopyTemplateButton fromId={x.id} version={x.version} /> : null}</Td>
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
