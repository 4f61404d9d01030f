import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { loadCrosswalkPage } from "@/lib/checklists/loaders";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("checklists.crosswalk.title") };
}

/** One row per 2015 clause (of the checklist in force, and of the crosswalk) with its 2008 counterparts. */
export default async function CrosswalkPage() {
  const { t, pairCount, rows } = await loadCrosswalkPage();
  return (
    <div className="space-y-6">
      <PageHeader title={t("checklists.crosswalk.title")} lead={t("checklists.crosswalk.lead")}>
        <Link href="/bang-kiem" className="font-semibold text-blue-800 underline">
          {t("checklists.backToList")}
        </Link>
      </PageHeader>
      <Card>
        <p className="mb-3 text-sm text-slate-700">{t("checklists.crosswalk.count", { count: pairCount })}</p>
        <Table caption={t("checklists.crosswalk.title")}>
          <thead>
            <tr>
              <Th>{t("checklists.crosswalk.iso2015")}</Th>
              <Th>{t("checklists.crosswalk.iso2008")}</Th>
              <Th>{t("checklists.crosswalk.note")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.clause}>
                <td className="min-w-48">
                  <span className="font-semibold">{row.clause}</span> {row.title}
                </td>
                <td className="min-w-48">
                  {row.counterparts.length ? (
                    <ul className="space-y-1">
                      {row.counterparts.map((p) => (
                        <li key={p.clause}>
                          <span className="font-semibold">{p.clause}</span> {p.title}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="italic">{t("checklists.crosswalk.newIn2015")}</span>
                  )}
                </td>
                <td className="text-sm">
                  {row.counterparts
                    .filter((p) => p.note)
                    .map((p) => (
                      <span key={p.clause} className="block">
                        {p.clause}: {p.note}
                      </span>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
