import "server-only";
import { notFound } from "next/navigation";
import { canReadDashboard } from "@/lib/dashboard/policy";
import { formatCalendarDate, todayInVietnam } from "@/lib/dates";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { idSchema } from "@/lib/ids";
import { requireScope } from "@/lib/auth/scope";
import { unitDashboard } from "./data";
import { unitDashboardXlsxHref } from "./links";
import { parseUnitDashboardQuery } from "./schema";
import { unitDashboardTables } from "./tables";

/**
 * /tong-quan/don-vi/<id>?kiem-tra=<inspection>&ngay=<day>: one unit's dashboard as of that day (absent: today), or 404 when the reader may not see
 * the unit (an officer: any unit but their own). A malformed `kiem-tra` shows its message beside the dashboard; an
 * inspection the reader does not see among the unit's is said so in its place. `tables` are what the page draws and
 * its export (`exportHref`, the same choices) writes.
 */
export async function loadUnitDashboardPage(
  params: Promise<{ id: string }>,
  searchParams: Promise<Record<string, string | string[] | undefined>>,
) {
  const scope = await requireScope();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const today = todayInVietnam();
  const query = parseUnitDashboardQuery(await searchParams, today);
  const [t, locale, dashboard] = await Promise.all([
    getTranslator(),
    getLocale(),
    unitDashboard(scope, {
      agencyId: id.data,
      asOf: (query.ok ? query.asOf : undefined) ?? today,
      inspectionId: query.ok ? query.inspectionId : undefined,
    }),
  ]);
  if (!dashboard) notFound();
  // The page's own choices, kept by its links and its export; a malformed query keeps none of them.
  const choices = query.ok
    ? { inspectionId: query.inspectionId, asOf: query.asOf ? formatCalendarDate(query.asOf) : null }
    : {};
  return {
    t,
    locale,
    dashboard,
    tables: unitDashboardTables(dashboard, { t, locale, asOf: choices.asOf }),
    exportHref: unitDashboardXlsxHref(dashboard.unit.id, choices),
    /** The province's view (and its district view) is offered to whoever may read it: not to an officer. */
    province: canReadDashboard(scope.actor),
    error: query.ok ? null : query.message,
  };
}

export type { UnitDashboard } from "./data";
