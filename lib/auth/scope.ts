import "server-only";
import type { Actor, Scope } from "./actor";
import { isOfficer } from "./roles";
import { requireActor } from "./session";

/**
 * Makes the Scope that every domain read and write takes. Only the boundary calls this — the action client
 * (lib/action.ts), the route-handler client (lib/http/route.ts) and page loaders (through requireScope) —
 * and ESLint refuses its import anywhere else (eslint.config.mjs), so a domain function cannot be handed
 * an actor it made up.
 */
export function scopeFor(actor: Actor): Scope {
  const agencyIds = isOfficer(actor) ? (actor.agencyId ? [actor.agencyId] : []) : "all";
  return { actor, agencyIds } as unknown as Scope;
}

/**
 * For page loaders: the signed-in actor's scope, or a redirect to sign-in (or to /doi-mat-khau while an
 * administrator-set password is pending), as requireActor does.
 */
export async function requireScope(options: { allowPendingPasswordChange?: boolean } = {}): Promise<Scope> {
  return scopeFor(await requireActor(options));
}
