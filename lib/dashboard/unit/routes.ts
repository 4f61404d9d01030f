import "server-only";
import { formatCalendarDate, todayInVietnam } from "@/lib/dates";
import type { RouteContext } from "@/lib/http/route";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { contentDisposition } from "@/lib/uploads/names";
import { dashboardWorkbook } from "../xlsx";
import { unitDashboard } from "./data";
import { parseUnitDashboardQuery } from "./schema";
import { unitDashboardTables, unitWorkbookTables } from "./tables";

/**
 * /tong-quan/don-vi/<id>/bang-so-lieu?<the page's own query: kiem-tra, ngay>: the unit dashboard's tables as one XLSX
 * workbook (a summary sheet, then a sheet per table), in the reader's language, read with the page's own rule
 * (unitDashboard); null (404) for a unit the reader may not see (an officer: any unit but their own) or a bad query.
 */
export async function unitDashboardXlsx({
  request,
  params,
  scope,
}: RouteContext<{ id: string }>): Promise<Response | null> {
  const today = todayInVietnam();
  const query = parseUnitDashboardQuery(Object.fromEntries(new URL(request.url).searchParams), today);
  if (!query.ok) return null;
  const dashboard = await unitDashboard(scope, {
    agencyId: params.id,
    asOf: query.asOf ?? today,
    inspectionId: query.inspectionId,
  });
  if (!dashboard) return null;
  const [t, locale] = await Promise.all([getTranslator(), getLocale()]);
  const { unit } = dashboard;
  const tables = unitDashboardTables(dashboard, {
    t,
    locale,
    asOf: query.asOf ? formatCalendarDate(query.asOf) : null,
  });
  const body = await dashboardWorkbook(unitWorkbookTables(tables), {
    title: t("dashboard.unit.title", { name: unit.name }),
    lines: [
      t("dashboard.unit.export.unit", { name: unit.name, code: unit.code }),
      t("dashboard.export.asOf", { asOf: formatCalendarDate(new Date(`${dashboard.asOf}T00:00:00Z`)) }),
      t("dashboard.export.by", { name: scope.actor.name }),
    ],
    sheetName: t("dashboard.export.summarySheet"),
  });
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": contentDisposition(`tong-quan-don-vi-${unit.code}-${dashboard.asOf}.xlsx`),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
