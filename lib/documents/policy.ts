import type { Actor } from "@/lib/auth/actor";
import { isDostStaff, isOfficer, seesAllUnits } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RecordCategory, ReviewStatus } from "@/lib/generated/prisma/enums";
import { planVisibility } from "@/lib/plans/policy";

const nobody = "00000000-0000-0000-0000-000000000000";

/**
 * Who reads a unit's records. DOST staff and the People's Committee: every unit. Partner inspectors (Home
 * Affairs, Justice): the units of the plans whose team they are on, as they read those inspections. Agency
 * officers: their own unit only — another unit's record, version or file is not found (404).
 */
export function recordVisibility(actor: Pick<Actor, "id" | "role" | "agencyId">): Prisma.QmsRecordWhereInput {
  switch (actor.role) {
    case "DOST_ADMIN":
    case "DOST_INSPECTOR":
    case "COMMITTEE_VIEWER":
      return {};
    case "PARTNER_INSPECTOR":
      return { agency: { planTargets: { some: { plan: { members: { some: { userId: actor.id } } } } } } };
    case "AGENCY_OFFICER":
      return { agencyId: actor.agencyId ?? nobody };
  }
}

/**
 * Plans a unit's records may answer, and the plans the record screens offer: those the actor sees (an
 * officer: approved or later, their unit in the dossier scope) that are not drafts, cancelled or replaced
 * by an amendment. The annual report may be submitted for the years of these plans.
 */
export function recordPlanVisibility(actor: Pick<Actor, "id" | "role" | "agencyId">): Prisma.InspectionPlanWhereInput {
  return { AND: [planVisibility(actor), { status: { notIn: ["DRAFT", "CANCELLED", "SUPERSEDED"] } }] };
}

export const recordActions = ["upload", "addVersion", "review", "requestMissing", "submitAnnualReport"] as const;
export type RecordAction = (typeof recordActions)[number];

export type RecordState = { agencyId: string; category: RecordCategory; status: ReviewStatus };

/**
 * Changing records. Uploading (a new record, a new version, the annual report form) is the unit's own act:
 * only the unit's officers, for their own unit — DOST does not upload on a unit's behalf, so every record
 * is what the unit itself submitted. A new version of a file record may come at any time (it answers a
 * revision, or replaces an accepted record that changed); the annual report's versions come from its form.
 * Reviewing and asking for missing records: DOST administrators and inspectors; a version is reviewed
 * once, while it waits (SUBMITTED).
 */
export function canRecord(
  actor: Pick<Actor, "role" | "agencyId">,
  action: RecordAction,
  record?: RecordState,
): boolean {
  const dost = isReviewer(actor);
  const ownUnit = isOfficer(actor) && actor.agencyId !== null;
  switch (action) {
    case "upload":
    case "submitAnnualReport":
      return ownUnit;
    case "addVersion":
      return ownUnit && !!record && record.agencyId === actor.agencyId && record.category !== "ANNUAL_REPORT";
    case "review":
      return dost && !!record && record.status === "SUBMITTED";
    case "requestMissing":
      return dost;
  }
}

/** Why a new version is refused: the annual report's versions come from its form; anything else is another unit's. */
export const addVersionRefusal = (record: Pick<RecordState, "category">) =>
  record.category === "ANNUAL_REPORT" ? "documents.errors.annualReportByForm" : "documents.errors.ownUnitOnly";

/** DOST administrators and inspectors review records and ask for missing ones. */
export const isReviewer = isDostStaff;

/** Whether the actor sees the review queue (all units) rather than their own unit's records. */
export const seesQueue = seesAllUnits;
