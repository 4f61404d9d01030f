import type { Actor } from "@/lib/auth/actor";
import { isCommittee, isDostStaff } from "@/lib/auth/roles";

/** /tong-quan: DOST staff and the provincial committee; officers and partners get 404 (their dashboards come later). */
export const canReadDashboard = (actor: Pick<Actor, "role">) => isDostStaff(actor) || isCommittee(actor);

/** DOST staff also see work in progress; the committee sees signed-off results only. */
export const seesWorkInProgress = (actor: Pick<Actor, "role">) => isDostStaff(actor);
