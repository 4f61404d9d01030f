import { uploadResponse } from "@/lib/documents/upload-route";
import { AppError } from "@/lib/errors";
import { recordId as uuid } from "@/lib/ids";
import { sameOriginOnly } from "@/lib/security/origin";
import { errorResponse } from "@/lib/uploads/respond";

export const dynamic = "force-dynamic";

/** A new version of a record of the officer's unit; another unit's record is not found (before the body is read). */
export const POST = sameOriginOnly(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = uuid.safeParse((await params).id);
  if (!id.success) return errorResponse(new AppError("NOT_FOUND"), request);
  return uploadResponse(request, id.data);
});
