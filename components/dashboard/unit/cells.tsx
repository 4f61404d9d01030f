import type { ReactNode } from "react";
import { Td, Th } from "@/components/ui/table";
import type { Locale, Translate } from "@/lib/i18n";
import { formulaParts } from "@/lib/inspections/scoring/score";

type Score = { conforming: number; applicable: number; conformity: number | null };

/** A conformity as "83,3 %" with its sum (conforming/applicable) for a screen reader and a hover; "—" when none. */
export function ScoreCell({
  score,
  empty,
  locale,
  t,
}: {
  score: Score | null;
  empty: string;
  locale: Locale;
  t: Translate;
}) {
  if (!score || score.conformity === null) return <Td className="text-right text-slate-700">{empty}</Td>;
  const parts = formulaParts(score, locale);
  const sum = t("dashboard.unit.scores.scoreLabel", { ...parts, percent: parts.percent ?? "" });
  return (
    <Td className="text-right tabular-nums">
      <span title={sum}>{parts.percent}</span>
      <span className="sr-only"> ({sum})</span>
    </Td>
  );
}

export function RowTh({ children }: { children: ReactNode }) {
  return (
    <Th scope="row" className="bg-white font-normal">
      {children}
    </Th>
  );
}

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
