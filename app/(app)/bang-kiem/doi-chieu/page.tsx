import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { scopeFor } from "@/lib/auth/scope";
import { requireActor } from "@/lib/auth/session";
import { compareClauses } from "@/lib/checklists/crosswalk";
import { listClauseTitles, listCrosswalk } from "@/lib/checklists/data";
import { getLocale, getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator())("checklists.crosswalk.title") };
}

/** One row per 2015 clause (of the checklist in force, and of the crosswalk) with its 2008 counterparts. */
export default async function CrosswalkPage() {
  const actor = await requireActor();
  const scope = scopeFor(actor);
  const [t, locale, pairs, titles] = await Promise.all([
    getTranslator(),
    getLocale(),
    listCrosswalk(scope),
    listClauseTitles(scope),
  ]);
  const clauses2015 = [...new Set([...titles.iso2015.keys(), ...pairs.map((p) => p.iso2015Clause)])].sort(
    compareClauses,
  );
  const name = (title: { titleVi: string; titleEn: string } | undefined) =>
    title ? (locale === "en" && title.titleEn ? title.titleEn : title.titleVi) : "";
  return (
    <div className="space-y-6">
      <PageHeader title={t("checklists.crosswalk.title")} lead={t("checklists.crosswalk.lead")}>
        <Link href="/bang-kiem" className="font-semibold text-blue-800 underline">
          {t("checklists.backToList")}
        </Link>
      </PageHeader>
      <Card>
        <p className="mb-3 text-sm text-slate-700">{t("checklists.crosswalk.count", { count: pairs.length })}</p>
        <Table caption={t("checklists.crosswalk.title")}>
          <thead>
            <tr>
              <Th>{t("checklists.crosswalk.iso2015")}</Th>
              <Th>{t("checklists.crosswalk.iso2008")}</Th>
              <Th>{t("checklists.crosswalk.note")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {clauses2015.map((clause) => {
              const matches = pairs.filter((p) => p.iso2015Clause === clause);
              return (
                <tr key={clause}>
                  <Td className="min-w-48">
                    <span className="font-semibold">{clause}</span> {name(titles.iso2015.get(clause))}
                  </Td>
                  <Td className="min-w-48">
                    {matches.length ? (
                      <ul className="space-y-1">
                        {matches.map((p) => (
                          <li key={p.iso2008Clause}>
                            <span className="font-semibold">{p.iso2008Clause}</span>{" "}
                            {name(titles.iso2008.get(p.iso2008Clause))}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="italic">{t("checklists.crosswalk.newIn2015")}</span>
                    )}
                  </Td>
                  <Td className="text-sm">
                    {matches
                      .filter((p) => p.note)
                      .map((p) => (
                        <span key={p.iso2008Clause} className="block">
                          {p.iso2008Clause}: {p.note}
                        </span>
                      ))}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
