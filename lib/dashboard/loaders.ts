import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Scope } from "@/lib/auth/actor";
import { requireScope } from "@/lib/auth/scope";
import { formatCalendarDate, todayInVietnam } from "@/lib/dates";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { dashboardFigures, dashboardYears, regionOf } from "./data";
import { yearOverYear } from "./sections/years";
import { canReadDashboard } from "./policy";
import { ownUnitDashboardHref } from "./unit/links";
import { dashboardHref, hasEmptyChoices, parseDashboardQuery, type DashboardQuery } from "./schema";

type SearchParams = Record<string, string | string[] | undefined>;

/** The view a URL asks for, as the reader may see it: the figures, or null with the reason (a bad URL, no plan). */
export async function dashboardView(scope: Scope, params: SearchParams) {
  const today = todayInVietnam();
  const years = await dashboardYears(scope);
  const query = parseDashboardQuery(params, today);
  if (!query.ok) return { years, query: null, error: query.message, figures: null };
  const year = query.year ?? years[0];
  if (year === undefined) return { years, query, error: null, figures: null };
  const figures = await dashboardFigures(scope, {
    year,
    asOf: query.asOf ?? today,
    planId: query.planId,
    region: query.region,
  });
  // A plan or a district the reader cannot see (or that is not one) reads as not found, as elsewhere.
  return { years, query, error: null, figures, missing: !figures && Boolean(query.planId || query.region) };
}

/**
 * /tong-quan: the province's dashboard for DOST staff, the committee and partners (their plans); an officer goes
 * to their own unit's dashboard.
 */
export async function loadDashboardPage(searchParams: Promise<SearchParams>) {
  const scope = await requireScope();
  const own = ownUnitDashboardHref(scope.actor);
  if (own) redirect(own);
  if (!canReadDashboard(scope.actor)) notFound();
  const params = await searchParams;
  const [t, locale, view] = await Promise.all([getTranslator(), getLocale(), dashboardView(scope, params)]);
  if (view.missing) notFound();
  const text = asOfText(view.query);
  if (view.figures && hasEmptyChoices(params)) {
    const { year, region } = view.figures;
    const { planId, part, table } = view.query ?? {};
    redirect(dashboardHref({ year, planId, asOf: text, region, part, table }));
  }
  return { t, locale, ...view, asOfText: text };
}

/** The as-of day the URL asked for, as dd/MM/yyyy (kept by links and forms); null: today. */
export const asOfText = (query: DashboardQuery | null) => (query?.asOf ? formatCalendarDate(query.asOf) : null);

/**
 * /tong-quan/qua-cac-nam: the same figures for every year with a plan at work the reader sees, for the province or a
 * region, as of a day (?ngay=, ?huyen=); officers go to their unit's dashboard (its own years), others get 404.
 */
export async function loadTrendPage(searchParams: Promise<SearchParams>) {
  const scope = await requireScope();
  const own = ownUnitDashboardHref(scope.actor);
  if (own) redirect(own);
  if (!canReadDashboard(scope.actor)) notFound();
  const [t, locale, params] = await Promise.all([getTranslator(), getLocale(), searchParams]);
  const query = parseDashboardQuery(params, todayInVietnam());
  if (!query.ok) return { t, locale, error: query.message, query: null, region: null, data: null, asOfText: null };
  const region = await regionOf(query.region);
  if (!region) notFound();
  const data = await yearOverYear(scope, { asOf: query.asOf ?? todayInVietnam(), region: query.region });
  return { t, locale, error: null, query, region, data, asOfText: asOfText(query) };
}
