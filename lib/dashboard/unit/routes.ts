import "server-only";
import { formatCalendarDate, todayInVietnam } from "@/lib/dates";
import { downloadResponse } from "@/lib/http/download";
import type { RouteContext } from "@/lib/http/route";
import { dashboardWorkbook } from "../xlsx";
import { unitDashboardView } from "./loaders";
import { parseUnitDashboardQuery } from "./schema";
import { unitWorkbookTables } from "./tables";

/**
 * /tong-quan/don-vi/<id>/bang-so-lieu?<the page's own query: kiem-tra, ngay>: the unit dashboard's tables as one XLSX
 * workbook (a summary sheet, then a sheet per table), in the reader's language, read with the page's own rule
 * (unitDashboardView); null (404) for a unit the reader may not see (an officer: any unit but their own) or a bad query.
 */
export async function unitDashboardXlsx({
  request,
  params,
  scope,
}: RouteContext<{ id: string }>): Promise<Response | null> {
  const query = parseUnitDashboardQuery(Object.fromEntries(new URL(request.url).searchParams), todayInVietnam());
  if (!query.ok) return null;
  const view = await unitDashboardView(scope, params.id, query);
  if (!view) return null;
  const { t, dashboard, tables } = view;
  const { unit } = dashboard;
  const body = await dashboardWorkbook(unitWorkbookTables(tables), {
    title: t("dashboard.unit.title", { name: unit.name }),
    lines: [
      t("dashboard.unit.export.unit", { name: unit.name, code: unit.code }),
      t("dashboard.export.asOf", { asOf: formatCalendarDate(new Date(`${dashboard.asOf}T00:00:00Z`)) }),
      t("dashboard.export.by", { name: scope.actor.name }),
    ],
    sheetName: t("dashboard.export.summarySheet"),
  });
  return downloadResponse(body, `tong-quan-don-vi-${unit.code}-${dashboard.asOf}.xlsx`);
}
