import { getCurrentActor, requestIp } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { recordId as uuid } from "@/lib/ids";
import { uploadFileEvidence } from "@/lib/inspections/evidence-upload";
import { sameOriginOnly } from "@/lib/security/origin";
import { errorResponse } from "@/lib/uploads/respond";

export const dynamic = "force-dynamic";

/**
 * Photos and files as evidence for one checklist item (multipart: itemId, caption?, files). Answers 201 with
 * the new evidence rows, or `{ code, message, fieldErrors }` (lib/uploads/respond.ts) and nothing stored.
 */
export const POST = sameOriginOnly(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  try {
    const actor = await getCurrentActor();
    if (!actor) throw new AppError("UNAUTHENTICATED");
    if (actor.mustChangePassword) throw new AppError("FORBIDDEN");
    const id = uuid.safeParse((await params).id);
    if (!id.success) throw new AppError("NOT_FOUND");
    const evidence = await uploadFileEvidence(request, id.data, { actor, ip: await requestIp() });
    return Response.json({ evidence }, { status: 201, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error, request);
  }
});
