import { databaseHealth } from "@/lib/health";
import { createPublicRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** 200 when the database answers and every migration in the repo is applied; 503 otherwise. */
export const GET = createPublicRoute({ name: "health", handle: () => databaseHealth() });
