import type { Actor } from "@/lib/auth/actor";
import { isCommittee, isInspectorRole, isOfficer } from "@/lib/auth/roles";

/**
 * /tong-quan, the province's dashboard: DOST staff and the provincial committee over every plan at work, partner
 * inspectors over the plans whose team they are on (lib/dashboard/filter.ts visiblePlans). An agency officer has a
 * dashboard of their own unit instead (/tong-quan/don-vi/<their unit>).
 */
export const canReadDashboard = (actor: Pick<Actor, "role">) => isInspectorRole(actor) || isCommittee(actor);

/** DOST staff and partner inspectors (on their plans) also see work in progress; the committee signed-off results only. */
export const seesWorkInProgress = (actor: Pick<Actor, "role">) => isInspectorRole(actor);

/** Whose unit dashboard opens on /tong-quan: an officer's own unit (the province's view is not theirs). */
export const ownUnitDashboard = (actor: Pick<Actor, "role" | "agencyId">): string | null =>
  isOfficer(actor) ? actor.agencyId : null;
