import { z } from "zod";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";
import { yearReportXlsx } from "@/lib/year-reports/routes";

export const dynamic = "force-dynamic";

/** The report's tables as XLSX, for those who see the report; 404 otherwise (ids do not leak). */
export const GET = createRoute({
  name: "year-report-xlsx",
  params: z.object({ id: idSchema }),
  handle: yearReportXlsx,
});
