"use client";

import { useLocale, useT } from "@/components/i18n-provider";
import { formulaParts, scoreInspection, type ScorableItem } from "@/lib/inspections/scoring/score";

/**
 * The overall conformity beside the progress bar, recomputed from the autosave state on every change with the
 * same pure scoreInspection the record and the conclusion use, so the three never disagree.
 */
export function ScoreLine({ items }: { items: ScorableItem[] }) {
  const t = useT();
  const locale = useLocale();
  const { overall } = scoreInspection(items);
  const parts = formulaParts(overall, locale);
  const text =
    parts.percent === null
      ? t("inspectionRecord.score.noneApplicable")
      : t(overall.provisional ? "inspections.scoreLine" : "inspectionRecord.score.formula", {
          conforming: parts.conforming,
          applicable: parts.applicable,
          percent: parts.percent,
        });
  return <p className="text-sm font-semibold tabular-nums">{text}</p>;
}
