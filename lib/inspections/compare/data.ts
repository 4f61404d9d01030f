import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lineUp, pickPrevious, type CompareItem, type Lineup } from "./rows";
import { inspectionVisibility } from "../policy";

const visible = (scope: Scope, where: Prisma.InspectionWhereInput): Prisma.InspectionWhereInput => ({
  AND: [inspectionVisibility(scope.actor), where],
});

const itemsSelect = {
  orderBy: { position: "asc" },
  select: {
    result: true,
    checklistItem: {
      select: {
        code: true,
        clause: true,
        clauseGroup: true,
        titleVi: true,
        titleEn: true,
        template: { select: { standard: true } },
      },
    },
  },
} satisfies Prisma.Inspection$itemsArgs;

type LoadedItem = Prisma.InspectionItemGetPayload<{ select: typeof itemsSelect.select }>;

const toCompareItems = (items: LoadedItem[]): CompareItem[] =>
  items.map(({ result, checklistItem: c }) => ({
    code: c.code,
    clause: c.clause,
    clauseGroup: c.clauseGroup,
    standard: c.template.standard,
    result,
    titleVi: c.titleVi,
    titleEn: c.titleEn,
  }));

export type PreviousInspection = {
  id: string;
  kind: "DOSSIER" | "ON_SITE";
  recordDate: Date | null;
  signedOffAt: Date | null;
  plan: { number: string; year: number };
};

/**
 * An inspection's results beside those of the same unit's previous signed-off inspection (see pickPrevious),
 * as the actor may see both: null when the inspection itself is out of sight; `previous: null` when there is
 * no earlier signed-off inspection the actor may read. The crosswalk is the one stored in ClauseCrosswalk
 * (what /bang-kiem/doi-chieu shows), so the page and the table always agree.
 */
export async function compareWithPrevious(
  scope: Scope,
  inspectionId: string,
): Promise<{ previous: PreviousInspection | null; lineup: Lineup | null } | null> {
  const current = await db.inspection.findFirst({
    where: visible(scope, { id: inspectionId }),
    select: { id: true, agencyId: true, kind: true, recordDate: true, signedOffAt: true, items: itemsSelect },
  });
  if (!current) return null;
  return compareToPrevious(scope, current);
}

/** The same for an inspection the caller has already loaded, as the actor may see it (the conclusion page). */
export async function compareToPrevious(
  scope: Scope,
  current: {
    id: string;
    agencyId: string;
    kind: "DOSSIER" | "ON_SITE";
    recordDate: Date | null;
    signedOffAt: Date | null;
    items: LoadedItem[];
  },
): Promise<{ previous: PreviousInspection | null; lineup: Lineup | null }> {
  const candidates = await db.inspection.findMany({
    where: visible(scope, { agencyId: current.agencyId, status: "SIGNED_OFF", id: { not: current.id } }),
    select: {
      id: true,
      kind: true,
      recordDate: true,
      signedOffAt: true,
      plan: { select: { number: true, year: true } },
    },
  });
  const previous = pickPrevious(current, candidates);
  if (!previous) return { previous: null, lineup: null };
  const [earlier, pairs] = await Promise.all([
    db.inspection.findFirst({
      where: visible(scope, { id: previous.id, status: "SIGNED_OFF" }),
      select: { items: itemsSelect },
    }),
    db.clauseCrosswalk.findMany({ select: { iso2008Clause: true, iso2015Clause: true } }),
  ]);
  // Reopened between the two reads: as if there were none.
  if (!earlier) return { previous: null, lineup: null };
  return { previous, lineup: lineUp(toCompareItems(earlier.items), toCompareItems(current.items), pairs) };
}
export type InspectionComparison = NonNullable<Awaited<ReturnType<typeof compareWithPrevious>>>;
