import { createRoute } from "@/lib/http/route";
import { correctiveReportResponse } from "@/lib/findings/routes";

export const dynamic = "force-dynamic";

/** A unit's corrective-action report: one finding's answer or several at once (all or nothing). */
export const POST = createRoute({
  name: "corrective-report",
  handle: (context) => {
    const inspectionId = new URL(context.request.url).searchParams.get("inspection") ?? undefined;
    return correctiveReportResponse(context, inspectionId);
  },
});
