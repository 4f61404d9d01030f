import "server-only";
import { db } from "@/lib/db";
import { pendingMigrations } from "@/lib/db/migrate";
import { logger } from "@/lib/logger";

/**
 * The health check's answer: 200 when the database answers and every migration in the repo is applied;
 * 503 otherwise (migrations pending, or the database unreachable). Never cached.
 */
export async function databaseHealth(): Promise<Response> {
  try {
    const pending = await pendingMigrations((sql) => db.$queryRawUnsafe<{ migration_name: string }[]>(sql));
    if (pending.length) {
      return Response.json(
        { status: "error", database: "migrations pending", pending: pending.length },
        { status: 503 },
      );
    }
    return Response.json({ status: "ok", database: "ok" }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    logger.warn("health check failed", { error: error instanceof Error ? error.message : String(error) });
    return Response.json(
      { status: "error", database: "unreachable" },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  }
}
