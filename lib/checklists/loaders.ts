import "server-only";
import { notFound } from "next/navigation";
import { isInspectorRole } from "@/lib/auth/roles";
import { requireScope } from "@/lib/auth/scope";
import type { ChecklistStandard } from "@/lib/generated/prisma/enums";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { idSchema } from "@/lib/ids";
import { compareClauses } from "./clauses/crosswalk";
import {
  getChecklistTemplate,
  listChecklistOverview,
  listChecklistTemplates,
  listClauseTitles,
  listCrosswalk,
  listKindOptions,
} from "./data";
import { canChecklist, readOnlyReason } from "./policy";
import { filterItems } from "./search/filter-items";

export type { TemplateDetail, TemplateSummary } from "./data";

/** The standards in the order the list shows them. */
const listedStandards: ChecklistStandard[] = ["QD19_2014", "ISO_9001_2015", "ISO_9001_2008"];

/** The checklists page: every version per standard, each with whether the actor may copy it. */
export async function loadChecklistsPage(searchParams: Promise<{ ok?: string }>) {
  const scope = await requireScope();
  const [t, templates, search] = await Promise.all([getTranslator(), listChecklistTemplates(scope), searchParams]);
  const rows = templates.map((x) => ({ ...x, canCopy: canChecklist(scope.actor, "copy", x) }));
  return {
    t,
    discarded: search.ok === "discarded",
    showActions: rows.some((x) => x.canCopy),
    sections: listedStandards.map((standard) => ({ standard, templates: rows.filter((x) => x.standard === standard) })),
  };
}

/** The checklist versions for the home page: the inspection side only (null for everyone else). */
export async function loadChecklistOverview() {
  const scope = await requireScope();
  return isInspectorRole(scope.actor) ? listChecklistOverview(scope) : null;
}

/**
 * The crosswalk page: one row per 2015 clause (of the checklist in force, and of the crosswalk), named in the
 * reader's language, with its 2008 counterparts (none: new in 2015).
 */
export async function loadCrosswalkPage() {
  const scope = await requireScope();
  const [t, locale, pairs, titles] = await Promise.all([
    getTranslator(),
    getLocale(),
    listCrosswalk(scope),
    listClauseTitles(scope),
  ]);
  const name = (title: { titleVi: string; titleEn: string } | undefined) =>
    title ? (locale === "en" && title.titleEn ? title.titleEn : title.titleVi) : "";
  const clauses2015 = [...new Set([...titles.iso2015.keys(), ...pairs.map((p) => p.iso2015Clause)])].sort(
    compareClauses,
  );
  const rows = clauses2015.map((clause) => ({
    clause,
    title: name(titles.iso2015.get(clause)),
    counterparts: pairs
      .filter((p) => p.iso2015Clause === clause)
      .map((p) => ({ clause: p.iso2008Clause, title: name(titles.iso2008.get(p.iso2008Clause)), note: p.note })),
  }));
  return { t, pairCount: pairs.length, rows };
}

/** The query of a checklist version's page: the item filter, the item being edited ("moi": a new one), a done notice. */
export type ChecklistPageSearch = { q?: string; muc?: string; ok?: string; code?: string };

/**
 * A checklist version's page, or 404: the version with its items, the items matching the filter `q`, the
 * item open in the editor (only on an editable draft), why it is read-only, and what the actor may do.
 */
export async function loadChecklistPage(params: Promise<{ id: string }>, searchParams: Promise<ChecklistPageSearch>) {
  const scope = await requireScope();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [template, t, locale, search] = await Promise.all([
    getChecklistTemplate(scope, id.data),
    getTranslator(),
    getLocale(),
    searchParams,
  ]);
  if (!template || !canChecklist(scope.actor, "read", template)) notFound();
  const editable = canChecklist(scope.actor, "edit", template);
  const q = typeof search.q === "string" ? search.q : "";
  const editing =
    editable && search.muc
      ? search.muc === "moi"
        ? ("new" as const)
        : template.items.find((i) => i.id === search.muc)
      : undefined;
  const done =
    search.ok === "published"
      ? ({ key: "published" } as const)
      : search.ok === "removed" && search.code
        ? ({ key: "removed", code: search.code } as const)
        : null;
  return {
    template,
    t,
    locale,
    editable,
    canCopy: canChecklist(scope.actor, "copy", template),
    kinds: await listKindOptions(),
    q,
    items: filterItems(template.items, q),
    groups: [...new Set(template.items.map((i) => i.clauseGroup))],
    editing,
    reason: readOnlyReason(template),
    done,
  };
}
