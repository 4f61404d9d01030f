import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { ChecklistStandard } from "@/lib/generated/prisma/enums";
import { compareClauses } from "./clauses/crosswalk";
import { getPublishedTemplates } from "./composition/published";

// Checklists are reference data: every signed-in role may read them, so the scope only proves that the
// caller went through the auth layer (canChecklist(actor, "read") is true for every role).

/** Every version of every standard, newest version first within its standard. */
export async function listChecklistTemplates(_scope: Scope) {
  return db.checklistTemplate.findMany({
    orderBy: [{ standard: "asc" }, { version: "desc" }],
    select: {
      id: true,
      standard: true,
      version: true,
      title: true,
      status: true,
      usedAt: true,
      publishedAt: true,
      createdAt: true,
      basedOn: { select: { id: true, version: true } },
      _count: { select: { items: true } },
    },
  });
}
export type TemplateSummary = Awaited<ReturnType<typeof listChecklistTemplates>>[number];

/**
 * Every version of every standard with its number of items, newest version first within its standard: the
 * inspectors' home page. Plain SQL, one statement: the page reads it on every view, and the model query with its
 * relation count costs the server several times the CPU.
 */
export function listChecklistOverview(_scope: Scope) {
  return db.$queryRaw<{ id: string; standard: ChecklistStandard; version: number; items: number }[]>`
    SELECT t.id::text AS id, t.standard::text AS standard, t.version,
           (SELECT count(*)::int FROM checklist_item i WHERE i."templateId" = t.id) AS items
      FROM checklist_template t
     ORDER BY t.standard, t.version DESC`;
}

/** One version with its items in order; null when there is no such version. */
export async function getChecklistTemplate(_scope: Scope, id: string) {
  return db.checklistTemplate.findUnique({
    where: { id },
    include: {
      items: { orderBy: { position: "asc" } },
      basedOn: { select: { id: true, version: true } },
      copies: { select: { id: true, version: true, status: true }, orderBy: { version: "asc" } },
    },
  });
}
export type TemplateDetail = NonNullable<Awaited<ReturnType<typeof getChecklistTemplate>>>;

/** The 2008 ↔ 2015 clause correspondences, in 2015 clause order. */
export async function listCrosswalk(_scope: Scope) {
  const rows = await db.clauseCrosswalk.findMany({ select: { iso2008Clause: true, iso2015Clause: true, note: true } });
  return rows.sort(
    (a, b) => compareClauses(a.iso2015Clause, b.iso2015Clause) || compareClauses(a.iso2008Clause, b.iso2008Clause),
  );
}

/** Clause titles of the versions in force of the two ISO standards, for naming the crosswalk's clauses. */
export async function listClauseTitles(_scope: Scope) {
  const templates = await getPublishedTemplates(db);
  const titles = (standard: ChecklistStandard) =>
    new Map(
      (templates.find((t) => t.standard === standard)?.items ?? []).map((i) => [
        i.clause,
        { titleVi: i.titleVi, titleEn: i.titleEn },
      ]),
    );
  return { iso2008: titles("ISO_9001_2008"), iso2015: titles("ISO_9001_2015") };
}

/** The kinds of unit an item may be limited to. */
export function listKindOptions() {
  return db.agencyKind.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, nameVi: true, nameEn: true } });
}
