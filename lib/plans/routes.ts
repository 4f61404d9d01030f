import "server-only";
import type { RouteContext } from "@/lib/http/route";
import { fileResponse } from "@/lib/storage";
import { getPlan } from "./data";

/** The signed approval decision of a plan the actor may see; null (404) otherwise, so ids do not leak. */
export async function planDecisionFile({ params, scope }: RouteContext<{ id: string }>) {
  const plan = await getPlan(scope, params.id);
  if (!plan?.approvalFileKey) return null;
  return fileResponse({
    key: plan.approvalFileKey,
    name: plan.approvalFileName ?? "quyet-dinh.pdf",
    contentType: "application/pdf",
    size: plan.approvalFileSize ?? null,
  });
}
