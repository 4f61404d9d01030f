import "server-only";
import { notFound } from "next/navigation";
import { canReadDashboard } from "@/lib/dashboard/policy";
import { formatCalendarDate, todayInVietnam } from "@/lib/dates";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { idSchema } from "@/lib/ids";
import type { Scope } from "@/lib/auth/actor";
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
  const query = parseUnitDashboardQuery(await searchParams, todayInVietnam());
  // A malformed query keeps none of its choices (the page says why beside the dashboard).
  const view = await unitDashboardView(scope, id.data, query.ok ? query : {});
  if (!view) notFound();
  return {
    ...view,
    exportHref: unitDashboardXlsxHref(view.dashboard.unit.id, view.choices),
    /** The province's view (and its district view) is offered to whoever may read it: not to an officer. */
    province: canReadDashboard(scope.actor),
    error: query.ok ? null : query.message,
  };
}

/**
 * A unit's dashboard for the page's choices (the inspection shown by clause group, the as-of day; absent: the latest
 * signed off, today) as the reader may see it, with its tables in the reader's language and the choices as its links
 * keep them; null when the reader may not see the unit. The page and its XLSX export (routes.ts) read it alike.
 */
export async function unitDashboardView(scope: Scope, agencyId: string, query: { inspectionId?: string; asOf?: Date }) {
  const [t, locale, dashboard] = await Promise.all([
    getTranslator(),
    getLocale(),
    unitDashboard(scope, { agencyId, asOf: query.asOf ?? todayInVietnam(), inspectionId: query.inspectionId }),
  ]);
  if (!dashboard) return null;
  const choices = { inspectionId: query.inspectionId, asOf: query.asOf ? formatCalendarDate(query.asOf) : null };
  return { t, locale, dashboard, choices, tables: unitDashboardTables(dashboard, { t, locale, asOf: choices.asOf }) };
}

export type { UnitDashboard } from "./data";
