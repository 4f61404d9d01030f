import { createRoute } from "@/lib/http/route";
import { importAgencies } from "@/lib/agencies/routes";

export const dynamic = "force-dynamic";

/** Upload → dry run, answered as newline-delimited JSON progress (lib/agencies/routes.ts). */
export const POST = createRoute({ name: "agencies-import", handle: importAgencies });
