import { z } from "zod";
import { createRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";
import { yearReportFile } from "@/lib/year-reports/routes";

export const dynamic = "force-dynamic";

/** The report as an official paper in PDF, for those who see the report; 404 otherwise (ids do not leak). */
export const GET = createRoute({
  name: "year-report-pdf",
  params: z.object({ id: idSchema }),
  handle: yearReportFile("pdf"),
});
