import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { planVisibility } from "@/lib/plans/policy";

/*
 * A unit's dashboard (/tong-quan/don-vi/<id>). DOST staff and the provincial committee read every unit's; an agency
 * officer their own unit's only (another unit is not found); a partner inspector the units targeted by a plan whose
 * team they are on, and only through those plans. What each reads of the unit's inspections and findings is the
 * inspections' own rule (lib/inspections/policy inspectionVisibility): the committee signed-off ones, an officer
 * their own unit's signed-off ones.
 */

/** The plans whose figures a reader's unit dashboard counts (besides being at work and targeting the unit's line). */
export function unitPlanVisibility(actor: Pick<Actor, "id" | "role" | "agencyId">): Prisma.InspectionPlanWhereInput {
  switch (actor.role) {
    case "PARTNER_INSPECTOR":
      return planVisibility(actor);
    case "DOST_ADMIN":
    case "DOST_INSPECTOR":
    case "COMMITTEE_VIEWER":
    case "AGENCY_OFFICER":
      // An officer's unit is checked before (unitVisibility); its predecessors' plans count as its own history.
      return {};
  }
}

/** The units whose dashboard a reader may open (a `where` on the agency). */
export function unitVisibility(actor: Pick<Actor, "id" | "role" | "agencyId">): Prisma.AgencyWhereInput {
  switch (actor.role) {
    case "DOST_ADMIN":
    case "DOST_INSPECTOR":
    case "COMMITTEE_VIEWER":
      return {};
    case "PARTNER_INSPECTOR":
      return { planTargets: { some: { plan: planVisibility(actor) } } };
    case "AGENCY_OFFICER":
      return { id: actor.agencyId ?? "00000000-0000-0000-0000-000000000000" };
  }
}
