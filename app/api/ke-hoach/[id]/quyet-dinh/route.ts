import { scopeFor } from "@/lib/auth/actor";
import { downloadRoute } from "@/lib/http/download-route";
import { recordId as uuid } from "@/lib/ids";
import { getPlan } from "@/lib/plans/data";
import { fileResponse } from "@/lib/storage";

export const dynamic = "force-dynamic";

/** The signed approval decision of a plan the actor may see; 404 otherwise (ids do not leak). */
export const GET = downloadRoute<{ id: string }>(async (_request, params, actor) => {
  const id = uuid.safeParse(params.id);
  const plan = id.success ? await getPlan(scopeFor(actor), id.data) : null;
  if (!plan?.approvalFileKey) return null;
  return fileResponse({
    key: plan.approvalFileKey,
    name: plan.approvalFileName ?? "quyet-dinh.pdf",
    contentType: "application/pdf",
    size: plan.approvalFileSize ?? null,
  });
});
