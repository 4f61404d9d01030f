import { groupLabel, Ratio } from "@/components/inspections/score-panel";
import { Table, Th } from "@/components/ui/table";
import type { Locale, Translate } from "@/lib/i18n";
import type { Side } from "@/lib/inspections/compare/rows";

/**
 * The ISO part's conformity per clause group, previous beside current. Two tables, not one: 2008 and 2015
 * groups are not the same chapters (2008's 7 is 2015's 8), so lining them up row by row would mislead.
 */
export function CompareGroups({
  previous,
  current,
  t,
  locale,
}: {
  previous: Side;
  current: Side;
  t: Translate;
  locale: Locale;
}) {
  const sides = [
    {
      side: previous,
      caption: t("inspectionCompare.groupsPrevious", { standard: t(`checklistStandard.${previous.standard}`) }),
    },
    {
      side: current,
      caption: t("inspectionCompare.groupsCurrent", { standard: t(`checklistStandard.${current.standard}`) }),
    },
  ];
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {sides.map(({ side, caption }) => (
        <div key={caption} className="space-y-1">
          <h4 className="text-sm font-semibold">{caption}</h4>
          <Table caption={caption}>
            <thead>
              <tr>
                <Th>{t("inspectionCompare.group")}</Th>
                <Th className="text-right">{t("inspectionCompare.ratio")}</Th>
              </tr>
            </thead>
            <tbody>
              {side.groups.map((g) => (
                <tr key={g.group}>
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    {groupLabel(t, g)}
                  </th>
                  <td className="whitespace-nowrap text-right tabular-nums">
                    <Ratio tally={g} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-400 font-semibold">
              <tr>
                <th scope="row" className="px-3 py-2 text-left">
                  {t("inspectionCompare.overall")}
                </th>
                <td className="whitespace-nowrap text-right tabular-nums">
                  <Ratio tally={side.overall} locale={locale} />
                </td>
              </tr>
            </tfoot>
          </Table>
        </div>
      ))}
    </div>
  );
}
