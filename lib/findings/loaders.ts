import "server-only";
import { notFound } from "next/navigation";
import { isOfficer } from "@/lib/auth/roles";
import { requireScope } from "@/lib/auth/scope";
import { getTranslator } from "@/lib/i18n/server";
import { idSchema } from "@/lib/ids";
import { todayInVietnam } from "@/lib/text/dates";
import { getFinding, listFindingPlans, listFindings } from "./data";
import { findingListQuerySchema } from "./schema";

export type { FindingListItem } from "./data";

/**
 * The findings list: one page of the findings the actor may read under the URL's filters, the plans the
 * filter offers (labelled), and the lead for the actor (an officer reads their own unit's only).
 */
export async function loadFindingsPage(searchParams: Promise<Record<string, string | undefined>>) {
  const scope = await requireScope();
  const query = findingListQuerySchema.parse(await searchParams);
  const today = todayInVietnam();
  const [t, { findings, total, pages }, plans] = await Promise.all([
    getTranslator(),
    listFindings(scope, query, today),
    listFindingPlans(scope),
  ]);
  const { page: _page, ...filters } = query;
  return {
    t,
    query,
    filters,
    today,
    findings,
    total,
    pages,
    lead: isOfficer(scope.actor) ? ("findings.leadOfficer" as const) : ("findings.lead" as const),
    plans: plans.map((p) => ({
      id: p.id,
      label: `${p.number} (${p.year})${p.version > 1 ? ` — ${t("plans.version", { version: p.version })}` : ""}`,
    })),
  };
}

/** A finding page's data: the finding as the actor may see it (or 404), and today for its deadline. */
export async function loadFindingPage(params: Promise<{ id: string }>) {
  const scope = await requireScope();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const finding = await getFinding(scope, id.data);
  if (!finding) notFound();
  return { finding, today: todayInVietnam() };
}
