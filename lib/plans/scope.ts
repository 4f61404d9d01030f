import type { Prisma } from "@/lib/generated/prisma/client";

/** Words in a unit's note marking it as left out of that year's plan by its source (see prisma/seed/reference.ts). */
export const outOfPlanScopeMarker = "không thuộc phạm vi kiểm tra";

/**
 * The dossier scope a plan proposes (TT26 Art. 33: every unit applying a QMS is checked by dossier): units
 * in force on the plan date that apply a QMS by then, less those whose note marks them out of scope.
 * Shared by new plans and the seeded 2021 plan, so both propose the same 197 units.
 */
export function proposedScopeWhere(on: Date): Prisma.AgencyWhereInput {
  return {
    validFrom: { lte: on },
    OR: [{ validTo: null }, { validTo: { gte: on } }],
    standardVersion: { not: "NONE" },
    AND: [
      { OR: [{ announcementDate: null }, { announcementDate: { lte: on } }] },
      // NOT (note LIKE …) is null for a unit without a note: such units are in scope too.
      { OR: [{ note: null }, { NOT: { note: { contains: outOfPlanScopeMarker } } }] },
    ],
  };
}
