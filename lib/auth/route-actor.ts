import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { getCurrentActor } from "./session";

/**
 * For route handlers, which answer JSON rather than redirect: the actor read from the database, as pages
 * get it from requireActor. Not signed in (or the session ended): UNAUTHENTICATED (401). A password set by
 * an administrator and not yet changed: FORBIDDEN (403) — pages send that user to /doi-mat-khau, so no
 * route serves them anything either.
 */
export async function routeActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (actor.mustChangePassword) throw new AppError("FORBIDDEN", "auth.mustChangePassword");
  return actor;
}
