import { Table, Th } from "@/components/ui/table";
import type { Locale, Translate } from "@/lib/i18n";
import type { Change, CompareItem, CompareRow } from "@/lib/inspections/compare/rows";

// Colour only repeats what the text (▲ Tốt hơn, ▼ Kém hơn…) already says.
const tone: Record<Change, string> = {
  IMPROVED: "bg-green-100 text-green-900",
  WORSE: "bg-red-100 text-red-900",
  SAME: "bg-slate-100 text-slate-800",
  CHANGED: "bg-amber-100 text-amber-900",
  NO_PREVIOUS: "text-slate-700",
  NOT_ASSESSED: "text-slate-700",
  DROPPED: "text-slate-700",
};

function ChangeMarker({ change, t }: { change: Change; t: Translate }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${tone[change]}`}>
      {t(`inspectionCompare.changes.${change}`)}
    </span>
  );
}

/** One side's results in a cell: "4.2.3: Không phù hợp nhẹ", one per line; the clause is left out when it is the row's own. */
function Results({
  items,
  rowKey,
  byCode,
  t,
}: {
  items: CompareItem[];
  rowKey: string;
  byCode: boolean;
  t: Translate;
}) {
  if (!items.length) return <>—</>;
  return (
    <ul className="space-y-0.5">
      {items.map((item) => {
        const result = item.result ? t(`inspections.results.${item.result}`) : t("inspections.notAssessed");
        const label = byCode ? item.code : item.clause;
        return (
          <li key={item.code}>
            {label === rowKey ? result : t("inspectionCompare.resultOf", { clause: label, result })}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The rows of a comparison: the clause (or item code) with its title, the previous and current results and the
 * change. `byCode` for Decision 19, whose rows are item codes.
 */
export function CompareTable({
  caption,
  rows,
  byCode,
  crosswalked,
  t,
  locale,
}: {
  caption: string;
  rows: CompareRow[];
  byCode: boolean;
  crosswalked: boolean;
  t: Translate;
  locale: Locale;
}) {
  const title = (row: CompareRow) => {
    const item = row.current[0] ?? row.previous[0];
    return item && (byCode || item.clause === row.key) ? (locale === "vi" ? item.titleVi : item.titleEn) : "";
  };
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{byCode ? t("inspectionCompare.code") : t("inspectionCompare.clause")}</Th>
          <Th>{t("inspectionCompare.previousResult")}</Th>
          <Th>{t("inspectionCompare.currentResult")}</Th>
          <Th>{t("inspectionCompare.change")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="px-3 py-2 text-left align-top font-normal">
              <span className="font-semibold">{row.key}</span>
              {title(row) ? <span className="block text-slate-700">{title(row)}</span> : null}
              {crosswalked && row.counterparts.length ? (
                <span className="block text-xs text-slate-700">
                  {t("inspectionCompare.counterparts", { clauses: row.counterparts.join(", ") })}
                </span>
              ) : null}
            </th>
            <td>
              <Results items={row.previous} rowKey={row.key} byCode={byCode} t={t} />
            </td>
            <td>
              <Results items={row.current} rowKey={row.key} byCode={byCode} t={t} />
            </td>
            <td>
              <ChangeMarker change={row.change} t={t} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
