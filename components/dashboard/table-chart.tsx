"use client";

import { useId } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { chartData, formatFigure } from "@/lib/dashboard/format";
import type { DashboardColumn, DashboardTable } from "@/lib/dashboard/table-model";
import type { Locale } from "@/lib/i18n/config";
import { BarPatterns, barFill, lineDash, seriesColour } from "./chart-style";

/** Direct value labels on bars while they stay legible; beyond this many bars the table says the numbers. */
const maxLabelledBars = 24;
const axisTick = { fontSize: 12, fill: "#334155" };

type Props = { table: DashboardTable; locale: Locale; height: number };

/**
 * The chart of one dashboard table (its `chart`), drawn from its rows without the total rows. Decorative for
 * assistive technology: the wrapper (LazyTableChart) names it, and the table beside it carries the figures;
 * the SVG has no keyboard layer of its own. Animations are off, so what prints is the finished chart.
 */
export function TableChart({ table, locale, height }: Props) {
  const defsId = `chart-${table.id}-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const chart = table.chart;
  if (!chart) return null;
  const data = chartData(table);
  const column = (key: string): DashboardColumn =>
    table.columns.find((c) => c.key === key) ?? { key, label: key, format: "count" };
  const figure = (key: string) => (value: unknown) =>
    typeof value === "number" ? formatFigure(value, column(key).format, locale) : "";
  const axis = (key: string) => (value: unknown) =>
    typeof value !== "number"
      ? ""
      : column(key).format === "percent"
        ? `${formatFigure(value, "count", locale)} %`
        : formatFigure(value, "count", locale);
  const count = (value: unknown) => (typeof value === "number" ? formatFigure(value, "count", locale) : "");
  const tooltip = (
    <Tooltip formatter={(value, name, item) => [figure(String(item.dataKey))(value), name]} isAnimationActive={false} />
  );
  // In the columns' order, as the table reads (Recharts sorts the legend by name by default); its text dark
  // whatever the series' colour (a pattern's url is no text colour).
  const legend = <Legend itemSorter={null} formatter={(value) => <span className="text-slate-900">{value}</span>} />;
  const common = {
    data,
    accessibilityLayer: false,
    responsive: true,
    style: { width: "100%", height },
    margin: { top: 20, right: 16, bottom: 8, left: 8 },
  };

  if (chart.kind === "pareto") {
    return (
      <ComposedChart {...common}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="name" tick={axisTick} interval={0} height={48} />
        <YAxis yAxisId="count" tick={axisTick} tickFormatter={count} allowDecimals={false} />
        <YAxis
          yAxisId="cumulative"
          orientation="right"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tick={axisTick}
          tickFormatter={axis(chart.cumulative)}
        />
        {tooltip}
        {legend}
        <Bar
          yAxisId="count"
          dataKey={chart.series}
          name={column(chart.series).label}
          fill={seriesColour(0)}
          isAnimationActive={false}
        >
          {data.length <= maxLabelledBars ? (
            <LabelList dataKey={chart.series} position="top" formatter={count} fontSize={12} fill="#0f172a" />
          ) : null}
        </Bar>
        <Line
          yAxisId="cumulative"
          dataKey={chart.cumulative}
          name={column(chart.cumulative).label}
          stroke={seriesColour(1)}
          strokeWidth={2}
          strokeDasharray={lineDash(1)}
          dot={{ r: 4, fill: seriesColour(1) }}
          isAnimationActive={false}
        />
      </ComposedChart>
    );
  }

  if (chart.kind === "line") {
    return (
      <LineChart {...common}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="name" tick={axisTick} padding={{ left: 24, right: 24 }} />
        <YAxis tick={axisTick} tickFormatter={axis(chart.series[0] ?? "")} />
        {tooltip}
        {chart.series.length > 1 ? legend : null}
        {chart.series.map((key, index) => (
          <Line
            key={key}
            dataKey={key}
            name={column(key).label}
            stroke={seriesColour(index)}
            strokeWidth={2}
            strokeDasharray={lineDash(index)}
            dot={{ r: 4, fill: seriesColour(index) }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    );
  }

  const horizontal = chart.horizontal ?? false;
  const stacked = chart.stacked ?? false;
  const labelled = !stacked && data.length * chart.series.length <= maxLabelledBars;
  return (
    <BarChart
      {...common}
      // A horizontal bar's figure is written past its end: room for "100,0 %" at the longest bar.
      margin={horizontal && labelled ? { ...common.margin, right: 64 } : common.margin}
      layout={horizontal ? "vertical" : "horizontal"}
    >
      <BarPatterns defsId={defsId} count={chart.series.length} />
      <CartesianGrid stroke="#e2e8f0" horizontal={!horizontal} vertical={horizontal} />
      {horizontal ? (
        <>
          <XAxis type="number" tick={axisTick} tickFormatter={axis(chart.series[0] ?? "")} />
          <YAxis type="category" dataKey="name" width={200} interval={0} tick={{ ...axisTick, width: 190 }} />
        </>
      ) : (
        <>
          <XAxis dataKey="name" tick={axisTick} interval={0} height={48} />
          <YAxis tick={axisTick} tickFormatter={axis(chart.series[0] ?? "")} />
        </>
      )}
      {tooltip}
      {chart.series.length > 1 ? legend : null}
      {chart.series.map((key, index) => (
        <Bar
          key={key}
          dataKey={key}
          name={column(key).label}
          fill={barFill(defsId, index)}
          stroke={seriesColour(index)}
          stackId={stacked ? "stack" : undefined}
          isAnimationActive={false}
        >
          {labelled ? (
            <LabelList
              dataKey={key}
              position={horizontal ? "right" : "top"}
              formatter={figure(key)}
              fontSize={12}
              fill="#0f172a"
            />
          ) : null}
        </Bar>
      ))}
    </BarChart>
  );
}
