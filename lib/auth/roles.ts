import type { Role } from "@/lib/generated/prisma/enums";

export const roles = [
  "DOST_ADMIN",
  "DOST_INSPECTOR",
  "PARTNER_INSPECTOR",
  "AGENCY_OFFICER",
  "COMMITTEE_VIEWER",
] as const satisfies readonly Role[];
export type { Role };

/** Who a role predicate is asked about: an actor, a user row, or anything else carrying a role. */
type HasRole = { role: Role };

/** Roles whose users belong to one unit whose data they alone may see. */
export const agencyBoundRoles: readonly Role[] = ["AGENCY_OFFICER"];
/** Roles that must name their home unit (officers: the unit they answer for; partners: Sở Nội vụ or Sở Tư pháp). */
export const rolesRequiringAgency: readonly Role[] = ["AGENCY_OFFICER", "PARTNER_INSPECTOR"];

/*
 * The role predicates: the one place that says which roles are which. Policies, loaders and pages ask these;
 * nothing else compares `role` with a role's name (only a policy's own table says which role may do what).
 */

/** DOST's own staff (administrators and inspectors): they plan, review records and ask for missing ones. */
export const isDostStaff = (who: HasRole) => who.role === "DOST_ADMIN" || who.role === "DOST_INSPECTOR";
/** The DOST administrator: users, the audit log, the outbox, the registry's imports. */
export const isAdmin = (who: HasRole) => who.role === "DOST_ADMIN";
/** The inspection side: DOST staff and partner inspectors (Home Affairs, Justice), who may sit on a team. */
export const isInspectorRole = (who: HasRole) => isDostStaff(who) || who.role === "PARTNER_INSPECTOR";
/** An agency officer: sees and answers for their own unit only. */
export const isOfficer = (who: HasRole) => agencyBoundRoles.includes(who.role);
/** The People's Committee: reads, approves plans, never edits. */
export const isCommittee = (who: HasRole) => who.role === "COMMITTEE_VIEWER";
/**
 * Sees the province as a whole (every unit's part of a plan, the review queue, the team's thread), as
 * opposed to one unit's own part: everyone but an agency officer.
 */
export const seesAllUnits = (who: HasRole) => !isOfficer(who);
