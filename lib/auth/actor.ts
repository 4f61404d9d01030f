import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user as every action and query sees them: always read from the database, never from the token. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
  mustChangePassword: boolean;
};

declare const scopeBrand: unique symbol;

/**
 * What an actor may see. Only `scopeFor` (lib/auth/scope.ts, at the boundary) makes one, and data functions take a Scope, not an Actor,
 * so a query that forgot authorisation does not type-check.
 */
export type Scope = {
  readonly [scopeBrand]: true;
  readonly actor: Actor;
  /** "all", or the only units whose data may be read. */
  readonly agencyIds: "all" | readonly string[];
};

/** A Prisma `where` fragment on a unit's id for this scope. */
export function agencyIdFilter(scope: Scope): { in: string[] } | undefined {
  return scope.agencyIds === "all" ? undefined : { in: [...scope.agencyIds] };
}
