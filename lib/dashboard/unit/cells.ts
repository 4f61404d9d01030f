import { groupLabel, groupLabelKey } from "@/lib/checklists";
import { formatCalendarDate } from "@/lib/dates";
import type { Locale, MessageKey, Translate } from "@/lib/i18n";
import { formatFigure } from "../format";
import { percentOf } from "../sections/share";
import { cell, type DashboardCell, type DashboardTable } from "../table-model";
import type { Score } from "./shape";

/* How a unit's figures read as the cells of its tables (lib/dashboard/unit/tables.ts). Pure. */

export const calendarDay = (isoDay: string) => formatCalendarDate(new Date(`${isoDay}T00:00:00Z`));

/** The row label of a unit of the line: the unit itself, or "Predecessor (nay là Unit)". */
export function lineLabel(
  t: Translate,
  unitName: string,
  row: { name: string; predecessor: { split: boolean } | null },
): string {
  if (!row.predecessor) return unitName;
  return t(row.predecessor.split ? "dashboard.unit.predecessorSplitRow" : "dashboard.unit.predecessorRow", {
    name: row.name,
    unit: unitName,
  });
}

/**
 * A conformity as a percent (0–100) with its sum ("25/30 = 83,3 %") as the cell's detail; `empty` (a sentence, or
 * null for "—") when there is no score or nothing applies.
 */
export function scoreCell(
  score: Score | null,
  empty: string | null,
  { t, locale }: { t: Translate; locale: Locale },
): DashboardCell {
  const value = score ? percentOf(score.conformity) : null;
  if (!score || value === null) return cell(empty);
  return {
    value,
    detail: t("dashboard.unit.scores.scoreLabel", {
      conforming: formatFigure(score.conforming, "count", locale),
      applicable: formatFigure(score.applicable, "count", locale),
      percent: formatFigure(value, "percent", locale),
    }),
  };
}

/** A clause group's name without its standard ("4. Bối cảnh của tổ chức"): short enough for a chart's axis. */
export function shortGroupLabel(t: Translate, group: { standard: Parameters<typeof groupLabelKey>[0]; group: string }) {
  const key = groupLabelKey(group.standard, group.group);
  return key ? t(key as MessageKey) : groupLabel(t, group);
}

/** An empty table keeps no chart and says why it is empty. */
export function orEmpty(table: DashboardTable, none: string): DashboardTable {
  if (table.rows.length) return table;
  const { chart: _chart, ...empty } = table;
  return { ...empty, note: none };
}
