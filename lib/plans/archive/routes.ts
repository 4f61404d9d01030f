import "server-only";
import type { RouteContext } from "@/lib/http/route";
import { zipResponse } from "@/lib/official/zip";
import { planArchiveStream } from "./archive";
import { getArchivePlan } from "./data";
import { recordArchiveDownload } from "./mutations";
import { archiveFileName } from "./names";
import { canDownloadArchive } from "./policy";

/**
 * GET /ke-hoach/<id>/luu-tru: the plan's whole file (TT26 Đ39) as one streamed ZIP, for DOST staff and a plan
 * they see; null (404) for anyone else or any other plan, so ids do not leak. The download is audited first.
 */
export async function planArchive({ params, scope, ip }: RouteContext<{ id: string }>): Promise<Response | null> {
  if (!canDownloadArchive(scope.actor)) return null;
  const plan = await getArchivePlan(scope, params.id);
  if (!plan) return null;
  await recordArchiveDownload(plan, { scope, ip });
  return zipResponse(archiveFileName(plan), planArchiveStream(scope, plan));
}
