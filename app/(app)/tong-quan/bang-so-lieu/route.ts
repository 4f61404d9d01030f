import { dashboardXlsx } from "@/lib/dashboard/routes";
import { createRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The dashboard's tables as XLSX, with the page's own query (?nam=, ke-hoach, ngay, huyen); 404 when not visible. */
export const GET = createRoute({ name: "dashboard-xlsx", handle: dashboardXlsx });
