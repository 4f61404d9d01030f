import { scopeFor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/session";
import { getPlan } from "@/lib/plans/data";
import { fileResponse } from "@/lib/storage";
import { recordId as uuid } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** The signed approval decision of a plan the actor may see; 404 otherwise (ids do not leak). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getCurrentActor();
  if (!actor) return new Response("Phiên làm việc đã kết thúc.", { status: 401 });
  const id = uuid.safeParse((await params).id);
  const plan = id.success ? await getPlan(scopeFor(actor), id.data) : null;
  if (!plan?.approvalFileKey) return new Response("Không tìm thấy.", { status: 404 });
  return fileResponse({ key: plan.approvalFileKey, name: plan.approvalFileName ?? "quyet-dinh.pdf", contentType: "application/pdf", size: plan.approvalFileSize ?? null });
}
