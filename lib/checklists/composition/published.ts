import type { Tx } from "@/lib/db";
import type { ChecklistStandard } from "@/lib/generated/prisma/enums";

/*
 * No "server-only" here: inspection generation runs in the seed too (the seeded 2021 plan's inspections).
 */

const publishedItemSelect = {
  id: true,
  code: true,
  position: true,
  clause: true,
  clauseGroup: true,
  titleVi: true,
  titleEn: true,
  weight: true,
  kindCodes: true,
  standardVersions: true,
} as const;

/**
 * For each standard, the newest PUBLISHED version with its items: what a new inspection composes its
 * checklist from (composeChecklist). Runs on the caller's transaction, which is expected to set `usedAt` on
 * the versions it used; at most one version per standard is published at a time (publishTemplate), and the
 * newest is taken should that ever not hold.
 */
export async function getPublishedTemplates(tx: Tx) {
  const templates = await tx.checklistTemplate.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ standard: "asc" }, { version: "desc" }],
    select: {
      id: true,
      standard: true,
      version: true,
      title: true,
      items: { select: publishedItemSelect, orderBy: { position: "asc" } },
    },
  });
  const newest = new Map<ChecklistStandard, (typeof templates)[number]>();
  for (const t of templates) if (!newest.has(t.standard)) newest.set(t.standard, t);
  return [...newest.values()];
}
export type PublishedTemplate = Awaited<ReturnType<typeof getPublishedTemplates>>[number];
