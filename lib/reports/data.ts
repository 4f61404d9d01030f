import "server-only";
import type { Scope } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { visibleRecords } from "@/lib/documents";
import { recordPlanVisibility } from "@/lib/documents/policy";
import { todayInVietnam } from "@/lib/text/dates";

/** The unit's latest annual report of a year (to start the next version from), or null. */
export function latestAnnualReport(scope: Scope, agencyId: string, year: number) {
  return db.annualReport.findFirst({
    where: { agencyId, year, version: { record: visibleRecords(scope) } },
    orderBy: { version: { number: "desc" } },
    include: { version: { select: { recordId: true, number: true, status: true } } },
  });
}

/**
 * The years a unit reports on: every year, up to this one, of a plan its records may answer (for an
 * officer, an approved plan with their unit in its dossier scope), newest first. The form offers these and
 * submitAnnualReport refuses any other, so a unit can report on 2021 as long as a 2021 plan names it.
 */
export async function annualReportYears(scope: Scope, client: Tx | typeof db = db): Promise<number[]> {
  const plans = await client.inspectionPlan.findMany({
    where: { AND: [recordPlanVisibility(scope.actor), { year: { lte: todayInVietnam().getUTCFullYear() } }] },
    distinct: ["year"],
    orderBy: { year: "desc" },
    select: { year: true },
  });
  return plans.map((p) => p.year);
}
