import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Whether a unit applies a QMS on a date (its status, not what a note says): a standard version, and a QMS
 * in place by then — `qmsSince` when the registry knows it, else the announcement date; neither known means
 * since before the registry. Mirrored by the e2e support's SQL (tests/e2e/support/plans.ts).
 */
export function appliesQmsWhere(on: Date): Prisma.AgencyWhereInput {
  return {
    standardVersion: { not: "NONE" },
    OR: [
      { qmsSince: { lte: on } },
      { qmsSince: null, OR: [{ announcementDate: null }, { announcementDate: { lte: on } }] },
    ],
  };
}

/**
 * The dossier scope a plan proposes (TT26 Art. 33: every unit applying a QMS is checked by dossier): units
 * in force on the plan date that apply a QMS on that date. Shared by new plans and the seeded 2021 plan, so
 * on 19/01/2021 both propose the same 197 units (the five bodies whose QMS dates from 02/2021 come in later).
 */
export function proposedScopeWhere(on: Date): Prisma.AgencyWhereInput {
  return {
    AND: [{ validFrom: { lte: on } }, { OR: [{ validTo: null }, { validTo: { gte: on } }] }, appliesQmsWhere(on)],
  };
}
