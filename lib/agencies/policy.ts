import type { Actor } from "@/lib/auth/actor";
import { isAdmin, isOfficer } from "@/lib/auth/roles";

export const agencyActions = ["list", "read", "export", "update", "import", "reorganise"] as const;
export type AgencyAction = (typeof agencyActions)[number];

/**
 * The registry is DOST's master data. Everyone signed in reads it (an officer only their own unit, which
 * the scope enforces); only DOST administrators change it. An ended unit (validTo set) stays editable so
 * that DOST can correct history.
 */
export function canAgency(
  actor: Pick<Actor, "role" | "agencyId">,
  action: AgencyAction,
  agency?: { id: string },
): boolean {
  switch (action) {
    case "list":
    case "read":
      if (isOfficer(actor)) return !agency || agency.id === actor.agencyId;
      return true;
    case "export":
      return !isOfficer(actor);
    case "update":
    case "import":
    case "reorganise":
      return isAdmin(actor);
  }
}
