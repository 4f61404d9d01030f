"use client";

import { useEffect, useState, type ComponentType } from "react";
import type { DashboardTable } from "@/lib/dashboard/table-model";
import type { Locale } from "@/lib/i18n/config";

/** The chart's height in CSS pixels, known before the chart loads so that the placeholder takes its place. */
export function chartHeight(table: DashboardTable): number {
  const chart = table.chart;
  if (chart?.kind === "bar" && chart.horizontal) {
    const rows = table.rows.filter((row) => !row.total).length;
    const perRow = chart.stacked ? 28 : 12 + 16 * chart.series.length;
    return Math.max(200, rows * perRow + (chart.series.length > 1 ? 72 : 40));
  }
  return 320;
}

/** A light box of the chart's size while its code loads: nothing below it moves when the chart appears. */
const Placeholder = () => (
  <div className="h-full w-full animate-pulse rounded bg-slate-100 motion-reduce:animate-none print:hidden" />
);

type ChartProps = { table: DashboardTable; locale: Locale; height: number };

// The chart library stays out of the page's first-load JavaScript: it loads after the page has mounted, in the
// browser only. (Not next/dynamic with ssr: false, which makes the server render each chart by throwing and catching
// a bail-out; ten charts a page cost the dashboard a fifth of its requests/s.)
// One import for every chart of the page; each starts as its placeholder (as the server drew it), then draws.
let chartModule: Promise<ComponentType<ChartProps>> | null = null;
const loadChart = () => (chartModule ??= import("./table-chart").then((m) => m.TableChart));

/**
 * The chart of a dashboard table, loaded lazily into a box of fixed height. For assistive technology it is
 * one image named `label` (the table beside it carries the figures); nothing inside it takes focus.
 */
export function LazyTableChart({ table, locale, label }: { table: DashboardTable; locale: Locale; label: string }) {
  const height = chartHeight(table);
  const [Chart, setChart] = useState<ComponentType<ChartProps> | null>(null);
  useEffect(() => {
    let mounted = true;
    void loadChart().then((component) => mounted && setChart(() => component));
    return () => {
      mounted = false;
    };
  }, []);
  return (
    <div role="img" aria-label={label} style={{ height }} className="w-full print:break-inside-avoid">
      {Chart ? <Chart table={table} locale={locale} height={height} /> : <Placeholder />}
    </div>
  );
}
