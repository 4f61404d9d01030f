import "server-only";
import { notFound } from "next/navigation";
import { requireScope } from "@/lib/auth/scope";
import { todayInVietnam } from "@/lib/dates";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { dashboardFigures, dashboardYears } from "./data";
import { canReadDashboard, seesWorkInProgress } from "./policy";
import { parseDashboardQuery } from "./schema";

/** /tong-quan?nam=2021: the year's figures for DOST staff and the committee; 404 for everyone else. */
export async function loadDashboardPage(searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const scope = await requireScope();
  if (!canReadDashboard(scope.actor)) notFound();
  const [t, locale, years, query] = await Promise.all([
    getTranslator(),
    getLocale(),
    dashboardYears(scope),
    searchParams.then(parseDashboardQuery),
  ]);
  const base = { t, locale, years, committee: !seesWorkInProgress(scope.actor) };
  if (!query.ok) return { ...base, error: query.message, figures: null };
  const year = query.year ?? years[0];
  if (year === undefined) return { ...base, error: null, figures: null };
  const figures = await dashboardFigures(scope, { year, asOf: todayInVietnam() });
  return { ...base, error: null, figures };
}
