import type { Actor } from "@/lib/auth/actor";
import { isDostStaff } from "@/lib/auth/roles";

/**
 * Who may take a plan's whole file (TT26 Đ39) out as one archive: the inspecting unit's own staff, DOST
 * administrators and inspectors, for the plans they see. Everyone else is answered 404, as for a plan they
 * cannot see: the archive holds every unit's records and the team's papers.
 */
export const canDownloadArchive = (actor: Pick<Actor, "role">) => isDostStaff(actor);
