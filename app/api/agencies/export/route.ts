import { createRoute } from "@/lib/http/route";
import { exportAgencies } from "@/lib/agencies/routes";

export const dynamic = "force-dynamic";

/** The registry under the list's current filter, as XLSX or CSV. */
export const GET = createRoute({ name: "agencies-export", handle: exportAgencies });
