import "server-only";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { Ctx } from "../access/open-for-change";

/**
 * Records that the plan's whole file left the system (audit "plan.archive_downloaded"), in its own transaction,
 * before the archive starts streaming: a download that could not be recorded does not start. The codebase
 * audits changes, not reads; this read is audited on purpose, as the archive holds every unit's records.
 */
export async function recordArchiveDownload(
  plan: { id: string; year: number; number: string; version: number },
  { scope, ip }: Ctx,
): Promise<void> {
  await db.$transaction((tx) =>
    writeAudit(tx, {
      type: "plan.archive_downloaded",
      actorId: scope.actor.id,
      target: { type: "plan", id: plan.id },
      data: { year: plan.year, number: plan.number, version: plan.version },
      ip,
    }),
  );
}
