import type { Actor } from "@/lib/auth/actor";
import { isAdmin, isInspectorRole, seesAllUnits } from "@/lib/auth/roles";
import type { InspectionStatus, TeamRole } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who reads an inspection. DOST staff: all. Partner inspectors: the inspections of plans whose team they are
 * on. Agency officers: their own unit's inspections, once signed off. The People's Committee: every
 * signed-off result. Findings follow their inspection (see findingVisibility).
 */
export function inspectionVisibility(actor: Pick<Actor, "id" | "role" | "agencyId">): Prisma.InspectionWhereInput {
  switch (actor.role) {
    case "DOST_ADMIN":
    case "DOST_INSPECTOR":
      return {};
    case "PARTNER_INSPECTOR":
      return { plan: { members: { some: { userId: actor.id } } } };
    case "COMMITTEE_VIEWER":
      return { status: "SIGNED_OFF" };
    case "AGENCY_OFFICER":
      return actor.agencyId
        ? { agencyId: actor.agencyId, status: "SIGNED_OFF" }
        : { id: "00000000-0000-0000-0000-000000000000" };
  }
}

/**
 * inspectionVisibility as a predicate on one inspection already read, for paths that lock and read the row
 * in one statement (openForChange). `onPlanTeam`: the actor is a member of the inspection's plan team.
 * The two must agree; tests/unit/inspection-policy.test.ts checks them side by side.
 */
export function seesInspection(
  actor: Pick<Actor, "role" | "agencyId">,
  inspection: { agencyId: string; status: InspectionStatus },
  onPlanTeam: boolean,
): boolean {
  switch (actor.role) {
    case "DOST_ADMIN":
    case "DOST_INSPECTOR":
      return true;
    case "PARTNER_INSPECTOR":
      return onPlanTeam;
    case "COMMITTEE_VIEWER":
      return inspection.status === "SIGNED_OFF";
    case "AGENCY_OFFICER":
      return actor.agencyId !== null && inspection.agencyId === actor.agencyId && inspection.status === "SIGNED_OFF";
  }
}

export function findingVisibility(actor: Pick<Actor, "id" | "role" | "agencyId">): Prisma.FindingWhereInput {
  return { inspection: inspectionVisibility(actor) };
}

/**
 * The team's own thread (sign-off, reopening with its reason) is the team's and the supervisors' working
 * record, not part of the result the inspected unit receives: officers of the unit do not read it.
 */
export const canReadThread = seesAllUnits;

/** The actor's place on the inspection's team: their plan role, and whether they are assigned to it. */
export type Membership = { role: TeamRole; assigned: boolean } | null;

export type InspectionAction = "fill" | "conclude" | "signOff" | "reopen" | "assign";

/**
 * Changing an inspection. Filling in items (results, notes, evidence, findings): the members assigned to it
 * and the team lead. The conclusion and sign-off: the team lead (trưởng đoàn), who answers for the minutes.
 * Reopening a signed-off inspection: the team lead or a DOST administrator, always with a reason. Assigning
 * members: the team lead or a DOST administrator. Nothing but reopening is allowed once signed off.
 */
export function canInspection(
  actor: Pick<Actor, "role">,
  action: InspectionAction,
  inspection: { status: InspectionStatus },
  membership: Membership,
): boolean {
  const lead = membership?.role === "LEAD";
  const admin = isAdmin(actor);
  if (!isInspectorRole(actor)) return false;
  if (action === "reopen") return inspection.status === "SIGNED_OFF" && (lead || admin);
  if (inspection.status === "SIGNED_OFF") return false;
  switch (action) {
    case "fill":
      return lead || membership?.assigned === true;
    case "conclude":
    case "signOff":
      return lead;
    case "assign":
      return lead || admin;
  }
}
