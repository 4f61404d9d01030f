import { Table, Th } from "@/components/ui/table";
import { groupLabel } from "@/lib/checklists/clauses/labels";
import type { Locale, Translate } from "@/lib/i18n";
import { interpolate } from "@/lib/i18n/format-message";

export { groupLabel };
import { formulaParts, type InspectionScore, type Tally } from "@/lib/inspections/scoring/score";

export type ScoreLabels = {
  title: string;
  caption: string;
  /** Template with {conforming}, {applicable} and {percent}. */
  formula: string;
  noneApplicable: string;
  /** ICU template with a {count} plural. */
  provisional: string;
  provisionalBadge: string;
  explanation: string;
  group: string;
  total: string;
  conforming: string;
  nonconforming: string;
  notApplicable: string;
  unassessed: string;
  applicable: string;
  ratio: string;
  overall: string;
};

/** The panel's labels in the current language (the fill-in page and the minutes share them). */
export function scorePanelLabels(t: Translate, score: InspectionScore): { labels: ScoreLabels; groupLabels: string[] } {
  const keys = [
    "title",
    "caption",
    "formula",
    "noneApplicable",
    "provisional",
    "provisionalBadge",
    "explanation",
    "group",
    "total",
    "conforming",
    "nonconforming",
    "notApplicable",
    "unassessed",
    "applicable",
    "ratio",
    "overall",
  ] as const;
  const labels = Object.fromEntries(keys.map((k) => [k, t(`inspectionRecord.score.${k}`)])) as ScoreLabels;
  return { labels, groupLabels: score.groups.map((g) => groupLabel(t, g)) };
}

/** "conforming ÷ applicable = percent", or — when nothing applies. */
export function Ratio({ tally, locale }: { tally: Tally; locale: Locale }) {
  const parts = formulaParts(tally, locale);
  return <>{parts.percent === null ? "—" : `${parts.conforming} ÷ ${parts.applicable} = ${parts.percent}`}</>;
}

function Row({ name, tally, locale }: { name: string; tally: Tally; locale: Locale }) {
  return (
    <>
      <th scope="row" className="px-3 py-2 text-left font-medium">
        {name}
      </th>
      {[
        tally.total,
        tally.notApplicable,
        tally.applicable,
        tally.conforming,
        tally.nonconforming,
        tally.unassessed,
      ].map((n, i) => (
        <td key={i} className="text-right tabular-nums">
          {n}
        </td>
      ))}
      <td className="whitespace-nowrap text-right tabular-nums">
        <Ratio tally={tally} locale={locale} />
      </td>
    </>
  );
}

/**
 * The conformity score with its formula, overall and per clause group, as an accessible table. Pure markup:
 * usable from server pages (the minutes) and client pages (the fill-in form) alike.
 */
export function ScorePanel({
  score,
  locale,
  labels,
  groupLabels,
}: {
  score: InspectionScore;
  locale: Locale;
  labels: ScoreLabels;
  groupLabels: string[];
}) {
  const { overall } = score;
  const parts = formulaParts(overall, locale);
  return (
    <div className="space-y-3">
      <p className="text-lg font-semibold">
        {parts.percent === null
          ? labels.noneApplicable
          : interpolate(
              labels.formula,
              { conforming: parts.conforming, applicable: parts.applicable, percent: parts.percent },
              locale,
            )}
        {overall.provisional ? (
          <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-900 print:border print:border-black">
            {labels.provisionalBadge}
          </span>
        ) : null}
      </p>
      {overall.provisional ? (
        <p className="text-sm text-amber-900">
          {interpolate(labels.provisional, { count: overall.unassessed }, locale)}
        </p>
      ) : null}
      <p className="text-sm text-slate-700 print:text-black">{labels.explanation}</p>
      <Table caption={labels.caption}>
        <thead>
          <tr>
            <Th>{labels.group}</Th>
            <Th className="text-right">{labels.total}</Th>
            <Th className="text-right">{labels.notApplicable}</Th>
            <Th className="text-right">{labels.applicable}</Th>
            <Th className="text-right">{labels.conforming}</Th>
            <Th className="text-right">{labels.nonconforming}</Th>
            <Th className="text-right">{labels.unassessed}</Th>
            <Th className="text-right">{labels.ratio}</Th>
          </tr>
        </thead>
        <tbody>
          {score.groups.map((group, i) => (
            <tr key={`${group.standard}-${group.group}`}>
              <Row name={groupLabels[i] ?? group.group} tally={group} locale={locale} />
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-400 font-semibold">
          <tr>
            <Row name={labels.overall} tally={overall} locale={locale} />
          </tr>
        </tfoot>
      </Table>
    </div>
  );
}
