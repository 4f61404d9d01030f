import type { Role } from "@/lib/generated/prisma/enums";

export const roles = [
  "DOST_ADMIN",
  "DOST_INSPECTOR",
  "PARTNER_INSPECTOR",
  "AGENCY_OFFICER",
  "COMMITTEE_VIEWER",
] as const satisfies readonly Role[];
export type { Role };

/** Roles whose users belong to one unit whose data they alone may see. */
export const agencyBoundRoles: readonly Role[] = ["AGENCY_OFFICER"];
/** Roles that must name their home unit (officers: the unit they answer for; partners: Sở Nội vụ or Sở Tư pháp). */
export const rolesRequiringAgency: readonly Role[] = ["AGENCY_OFFICER", "PARTNER_INSPECTOR"];

export const isDostStaff = (role: Role) => role === "DOST_ADMIN" || role === "DOST_INSPECTOR";
