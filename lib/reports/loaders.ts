import "server-only";
import { notFound } from "next/navigation";
import { requireScope } from "@/lib/auth/scope";
import { canRecord } from "@/lib/documents/policy";
import { annualReportYears, latestAnnualReport } from "./data";

/**
 * The unit's annual QMS report for `?nam=` (officers of a unit only; 404 otherwise): the years offered are
 * those of the plans the unit is in (annualReportYears, newest first, the default); a year that is not a
 * number is not found; a year not offered is shown as not open. The form starts from the unit's latest
 * version of that year.
 */
export async function loadAnnualReportPage(searchParams: Promise<Record<string, string | undefined>>) {
  const scope = await requireScope();
  if (!canRecord(scope.actor, "submitAnnualReport")) notFound();
  const years = await annualReportYears(scope);
  const param = (await searchParams).nam;
  const asked = param === undefined || param === "" ? years[0] : Number(param);
  if (asked !== undefined && !Number.isInteger(asked)) notFound();
  const year = asked !== undefined && years.includes(asked) ? asked : null;
  const previous = year !== null ? await latestAnnualReport(scope, scope.actor.agencyId!, year) : null;
  return { years, param, year, previous };
}
