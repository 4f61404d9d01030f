import "server-only";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/actor";
import { receiveRecordUpload } from "./upload/receive";

/** The upload routes' work (app/api/ho-so, through createRoute): the upload, and 201 with the record's id. */
export async function uploadResponse(
  request: Request,
  ctx: { actor: Actor; ip: string | null },
  recordId?: string,
): Promise<Response> {
  const result = await receiveRecordUpload(request, ctx, recordId);
  revalidatePath("/ho-so");
  revalidatePath(`/ho-so/${result.id}`);
  return Response.json(result, { status: 201 });
}
