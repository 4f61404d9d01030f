import "server-only";
import { revalidatePath } from "next/cache";
import { routeActor } from "@/lib/auth/route-actor";
import { requestIp } from "@/lib/auth/session";
import { errorResponse } from "@/lib/uploads/respond";
import { receiveRecordUpload } from "./upload";

/** The upload routes' handler: the actor from the session, the upload, and a JSON answer (201 with the record's id, or the error). */
export async function uploadResponse(request: Request, recordId?: string): Promise<Response> {
  try {
    const actor = await routeActor();
    const result = await receiveRecordUpload(request, { actor, ip: await requestIp() }, recordId);
    revalidatePath("/ho-so");
    revalidatePath(`/ho-so/${result.id}`);
    return Response.json(result, { status: 201 });
  } catch (error) {
    return errorResponse(error, request);
  }
}
