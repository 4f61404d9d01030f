import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { routeActor } from "@/lib/auth/route-actor";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/uploads/respond";

type Serve<P> = (request: Request, params: P, actor: Actor) => Promise<Response | null>;

/**
 * A GET route that hands out a file (a record's file, an evidence photo, a plan's signed decision, a
 * registry export). The actor comes from routeActor (401 when not signed in, 403 while a password change is
 * pending); `serve` answers the file, or null when the actor may not see it or it does not exist (404: ids
 * do not leak). Every refusal is the app's JSON error `{ code, message }`, in the reader's language (the
 * locale cookie), with no-store — never a bare Vietnamese sentence.
 */
export function downloadRoute<P>(serve: Serve<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const actor = await routeActor();
      // A route without dynamic segments is called with no params.
      const response = await serve(request, (await context?.params) ?? ({} as P), actor);
      if (!response) throw new AppError("NOT_FOUND");
      return response;
    } catch (error) {
      return errorResponse(error, request);
    }
  };
}
