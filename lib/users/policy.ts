import type { Actor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

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
  if (!isAdmin(actor)) return false;
  if (target && target.id === actor.id && (action === "disable" || action === "changeRole")) return false;
  return true;
}

/**
 * The accounts an actor's reads and writes may reach: every account for whoever manages accounts, only
 * their own for anyone else. Mutations load their target through this, so a missing policy check still
 * cannot reach another person's account (not found).
 */
export function userVisibility(actor: Pick<Actor, "id" | "role">): Prisma.UserWhereInput {
  return canManageUser(actor, "read") ? {} : { id: actor.id };
}
