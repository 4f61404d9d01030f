import "server-only";
import { isAdmin } from "@/lib/auth/roles";
import { requireScope } from "@/lib/auth/scope";
import { listAuditEvents } from "./data";

/** The newest audit rows for the home page: administrators only (null for everyone else). */
export async function loadRecentActivity(take: number) {
  const scope = await requireScope();
  if (!isAdmin(scope.actor)) return null;
  return listAuditEvents(scope, { take });
}
