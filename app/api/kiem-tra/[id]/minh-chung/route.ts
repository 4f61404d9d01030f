import { z } from "zod";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";
import { uploadFileEvidence } from "@/lib/inspections/evidence/upload";

export const dynamic = "force-dynamic";

/**
 * Photos and files as evidence for one checklist item (multipart: itemId, caption?, files). Answers 201 with
 * the new evidence rows, or `{ code, message, fieldErrors }` (lib/uploads/respond.ts) and nothing stored.
 */
export const POST = createRoute({
  name: "evidence-upload",
  params: z.object({ id: idSchema }),
  handle: async ({ request, params, scope, ip }) => {
    const evidence = await uploadFileEvidence(request, params.id, { actor: scope.actor, ip });
    return Response.json({ evidence }, { status: 201, headers: { "cache-control": "no-store" } });
  },
});
