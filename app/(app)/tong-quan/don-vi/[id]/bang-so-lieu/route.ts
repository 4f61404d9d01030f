import { z } from "zod";
import { unitDashboardXlsx } from "@/lib/dashboard/unit/routes";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** A unit dashboard's tables as XLSX, with the page's own query (?kiem-tra=, ?ngay=); 404 when not visible. */
export const GET = createRoute({
  name: "unit-dashboard-xlsx",
  params: z.object({ id: idSchema }),
  handle: unitDashboardXlsx,
});
