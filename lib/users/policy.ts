import type { Actor } from "@/lib/auth/actor";

export const userActions = [
  "list",
  "read",
  "create",
  "update",
  "changeRole",
  "disable",
  "enable",
  "resetPassword",
  "signOutEverywhere",
] as const;
export type UserAction = (typeof userActions)[number];

/**
 * Who may manage accounts: DOST administrators only, and never against themselves where that would lock
 * them out (disabling or changing their own role). Pure, so it is tested as a table.
 */
export function canManageUser(actor: Pick<Actor, "id" | "role">, action: UserAction, target?: { id: string }): boolean {
  if (actor.role !== "DOST_ADMIN") return false;
  if (target && target.id === actor.id && (action === "disable" || action === "changeRole")) return false;
  return true;
}
