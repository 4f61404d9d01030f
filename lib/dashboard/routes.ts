import "server-only";
import { formatCalendarDate, todayInVietnam } from "@/lib/dates";
import type { RouteContext } from "@/lib/http/route";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { downloadResponse } from "@/lib/http/download";
import { asOfText, dashboardView } from "./loaders";
import { canReadDashboard } from "./policy";
import { dashboardTables, regionLabel } from "./tables";
import { dashboardWorkbook } from "./xlsx";
import { yearOverYear, yearsTables } from "./sections/years";

/**
 * /tong-quan/bang-so-lieu?<the dashboard's own query>: every table of the view as one XLSX workbook (a summary sheet,
 * then a sheet per table), in the reader's language; null (404) for a reader without the dashboard, a bad URL, or a
 * view they may not see.
 */
export async function dashboardXlsx({ request, scope }: RouteContext<Record<string, never>>): Promise<Response | null> {
  if (!canReadDashboard(scope.actor)) return null;
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const view = await dashboardView(scope, params);
  if (!view.figures || !view.query) return null;
  const [t, locale] = await Promise.all([getTranslator(), getLocale()]);
  const figures = view.figures;
  const asOf = formatCalendarDate(new Date(`${figures.asOf}T00:00:00Z`));
  const tables = dashboardTables(figures, { t, locale, planId: view.query.planId, asOf: asOfText(view.query) });
  // The years' figures are the trend view's; the workbook carries them too, so one file holds the whole dashboard.
  const years = await yearOverYear(scope, { asOf: view.query.asOf ?? todayInVietnam(), region: figures.region });
  const body = await dashboardWorkbook(
    [...tables.flatMap((s) => s.tables), ...(years ? yearsTables(years, t, locale) : [])],
    {
      title: t("dashboard.export.title", { year: figures.year }),
      lines: [
        t("dashboard.export.year", { year: figures.year }),
        t("dashboard.export.asOf", { asOf }),
        t("dashboard.export.region", { region: regionLabel(figures, t) }),
        t("dashboard.export.by", { name: scope.actor.name }),
      ],
      sheetName: t("dashboard.export.summarySheet"),
    },
  );
  return downloadResponse(body, `tong-quan-${figures.year}-${figures.asOf}.xlsx`);
}
