import type { Actor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/roles";

/**
 * Who reads the audit log as a whole: DOST administrators. Everyone else reads a row's history through its
 * own screen (a unit's history on the unit's page), which decides visibility by the row.
 */
export const canReadAuditLog = (actor: Pick<Actor, "role">) => isAdmin(actor);
