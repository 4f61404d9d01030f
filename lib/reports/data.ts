import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { recordVisibility } from "@/lib/documents/policy";

/** The unit's latest annual report of a year (to start the next version from), or null. */
export function latestAnnualReport(scope: Scope, agencyId: string, year: number) {
  return db.annualReport.findFirst({
    where: { agencyId, year, version: { record: recordVisibility(scope.actor) } },
    orderBy: { version: { number: "desc" } },
    include: { version: { select: { recordId: true, number: true, status: true } } },
  });
}
